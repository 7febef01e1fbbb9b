#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent derivation of the golden scenarios' expected figures.

Reads each case's scenario.yaml (PyYAML) and recomputes, with mpmath at 40 digits and exact
fractions where a result is rounded up, what the engine must give according to the formulas its
headers document (erlang.h, staffing.h, channel_staffing.h, cost.h, site_metrics.h, scoring.h,
criteria.h, methods.h, recommendation.h). It shares no code with the engine and supports only
what the golden cases use: voice and chat by Erlang C, email by the deadline model over a flat
round-the-clock arrival curve, whole-hour time shifts and night bands.

    python3 tests/model/scenarios/derive.py [--yaml] [CASE...]

prints every figure of every case (or of the named ones); with --yaml, in the form of
expected.yaml (one case at a time). The expected.yaml files hold these numbers with a tolerance
each; README.md in each folder walks through the same steps by hand.
"""
import os
import sys
from fractions import Fraction

import yaml
from mpmath import mp, mpf, exp, factorial, sqrt

mp.dps = 40
HERE = os.path.dirname(os.path.abspath(__file__))
WEEKS_PER_MONTH = Fraction(52, 12)
MINUTES_PER_WEEK = 7 * 24 * 60
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CRITERIA = ["cost", "language", "quality", "capacity", "coverage", "risk"]
DEFAULT_ROLES = [("team_leader", 13, 1.5), ("quality_analyst", 45, 1.3), ("trainer", 65, 1.3),
                 ("workforce_planner", 90, 1.5)]  # scenario.h CostAssumptions defaults
PROMETHEE_Q, PROMETHEE_P = mpf("0.02"), mpf("0.30")  # scoring.h


def F(x):
    """An exact fraction of a YAML number (0.3 is 3/10, not the nearest double)."""
    return Fraction(str(x))


def M(x):
    """An mpf of a fraction (or of an mpf)."""
    return mpf(x.numerator) / x.denominator if isinstance(x, Fraction) else mpf(x)


def ceil_fraction(x):
    return -((-x.numerator) // x.denominator)


# --- Erlang C (erlang.h), from the textbook sum, no recursion -----------------------------------
def erlang_c(a, n):
    """P(wait) = (A^N/N! . N/(N-A)) / (sum_{k<N} A^k/k! + A^N/N! . N/(N-A)), N > A."""
    top = a ** n / factorial(n) * n / (n - a)
    return top / (sum(a ** k / factorial(k) for k in range(n)) + top)


def erlang_c_required(a, aht, target, answer, max_occ):
    """Smallest N > A with SL = 1 - C exp(-(N-A) T / AHT) >= target and A/N <= max_occ."""
    n = int(a) + 1
    while True:
        c = erlang_c(a, n)
        sl = 1 - c * exp(-(n - a) * answer / aht)
        if sl >= target and a / n <= max_occ:
            return n
        n += 1


def erlang_c_at(a, aht, n, answer):
    c = erlang_c(a, n)
    return dict(sl=1 - c * exp(-(n - a) * answer / aht), asa=c * aht / (n - a), occ=a / n)


# --- The week's timeline -------------------------------------------------------------------------
def open_minutes(hours, step):
    """Open minutes of each interval of the week, Monday 00:00 first."""
    out = []
    for k in range(MINUTES_PER_WEEK // step):
        start = k * step
        spec = hours.get(DAYS[start // 1440], "closed")
        if spec == "closed":
            out.append(0)
            continue
        a, b = spec.split("-")
        lo = int(a[:2]) * 60 + int(a[3:])
        hi = int(b[:2]) * 60 + int(b[3:])
        frm = start % 1440
        out.append(max(0, min(frm + step, hi) - max(frm, lo)))
    return out


def flat(channel):
    arr = channel.get("arrivals")
    return arr and set(arr["hourly"]) == {1} and set(arr["weekday"]) == {1}


# --- Staffing (staffing.h, channel_staffing.h) ---------------------------------------------------
def staff(workload, aht_multiplier):
    step = workload["interval_minutes"]
    shrink = F(workload["shrinkage"])
    openm = open_minutes(workload["opening_hours"], step)
    plan = dict(agents=[Fraction(0)] * len(openm), scheduled=[Fraction(0)] * len(openm),
                channels={}, open=openm, step=step)
    for ch in workload["channels"]:
        assert flat(ch), "derive.py handles flat arrival curves only"
        kind = ch["channel"]
        weekly = F(ch["monthly_volume"]) / WEEKS_PER_MONTH
        aht = F(ch["aht_s"]) * F(aht_multiplier)
        agents = [Fraction(0)] * len(openm)
        scheduled = [Fraction(0)] * len(openm)
        info = dict(weekly=weekly, aht=aht)
        if kind in ("voice", "chat"):
            # Flat curve: every open interval takes weekly / (open minutes) x its open minutes.
            total_open = sum(openm)
            conc = F(ch.get("concurrency", 1)) if kind == "chat" else Fraction(1)
            sl = ch["service_level"]
            for k, o in enumerate(openm):
                if o == 0:
                    continue
                volume = weekly * o / total_open
                a = M(volume) * M(aht) / (60 * o)
                slots = erlang_c_required(a, M(aht),
                                          mpf(str(sl["target"])), mpf(str(sl["answer_s"])),
                                          mpf(str(ch.get("max_occupancy", 0.85))))
                n = ceil_fraction(Fraction(slots) / conc)  # chat: agents = ceil(slots / c)
                provided = int(n * conc)  # the queue is evaluated at the slots provided
                q = erlang_c_at(a, M(aht), provided,
                                mpf(str(sl["answer_s"])))
                agents[k] = Fraction(n)
                scheduled[k] = Fraction(ceil_fraction(Fraction(n) / (1 - shrink)))
                info.update(traffic=a, slots=slots, provided=provided, **q)
        else:
            # Deadline model interval by interval over a flat round-the-clock curve (hourly
            # intervals, whole open hours, a whole-hour deadline): e = weekly / 168 emails per
            # clock hour. On the open timeline (closed hours removed) open hour j receives the
            # emails of the closed hours just before it at its start, then e spread over it. No
            # schedule peaks below r = max(weekly / H, e G / D), G the longest closed stretch
            # (its emails arrive at once at the opening; every longer window gives less, see
            # README.md); each open hour then handles what waits, at most r. From an empty
            # backlog the schedule repeats from the second week; it must meet the deadline,
            # handled(t) >= arrived(t - D) at every hour boundary t of the open timeline (both
            # are linear in between), or this case is beyond derive.py.
            deadline = F(ch["deadline_h"])
            assert step == 60 and all(o in (0, 60) for o in openm) and deadline.denominator == 1
            e = weekly / 168
            hours_open = [k for k, o in enumerate(openm) if o]
            h_open = len(hours_open)
            closed_before = []
            for k in hours_open:
                run = 0
                while openm[(k - 1 - run) % len(openm)] == 0:
                    run += 1
                closed_before.append(run)
            jump = [e * g for g in closed_before]
            rate = max(weekly / h_open, e * max(closed_before) / deadline)
            weeks, backlog, handled = 3, Fraction(0), []
            for _ in range(weeks):
                for j in range(h_open):
                    waiting = backlog + jump[j] + e
                    handled.append(min(waiting, rate))
                    backlog = waiting - handled[-1]
            last = handled[-h_open:]
            assert last == handled[-2 * h_open:-h_open], "not periodic"
            arrived_by = [Fraction(0)]  # arrived by boundary t, the jump at t included
            done_by = [Fraction(0)]
            for w in range(weeks):
                for j in range(h_open):
                    arrived_by[-1] += jump[j]
                    arrived_by.append(arrived_by[-1] + e)
                    done_by.append(done_by[-1] + handled[w * h_open + j])
            d = int(deadline)
            for t in range(h_open + d, len(done_by)):  # boundaries of the last two weeks
                assert done_by[t] >= arrived_by[t - d], "the deadline is not met at r"
            per_hour = dict(zip(hours_open, last))
            for k, o in enumerate(openm):
                if o:
                    agents[k] = per_hour[k] * aht / 3600 / F(ch["target_occupancy"])
                    scheduled[k] = agents[k] / (1 - shrink)
            work = weekly * aht / 3600
            info.update(rate=rate, longest_gap=max(closed_before), handled=last, sl=1, asa=0,
                        occ=work / sum(agents))
        info["agents"] = agents
        info["scheduled"] = scheduled
        info["weekly_agent_hours"] = sum(x * Fraction(o, 60) for x, o in zip(agents, openm))
        info["weekly_scheduled_hours"] = sum(x * Fraction(o, 60)
                                             for x, o in zip(scheduled, openm))
        info["peak_agents"] = max(agents)
        info["peak_scheduled"] = max(scheduled)
        plan["channels"][kind] = info
        plan["agents"] = [x + y for x, y in zip(plan["agents"], agents)]
        plan["scheduled"] = [x + y for x, y in zip(plan["scheduled"], scheduled)]
    plan["weekly_agent_hours"] = sum(c["weekly_agent_hours"] for c in plan["channels"].values())
    plan["weekly_scheduled_hours"] = sum(c["weekly_scheduled_hours"]
                                         for c in plan["channels"].values())
    plan["peak_agents"] = max(plan["agents"])
    plan["peak_scheduled"] = max(plan["scheduled"])
    return plan


# --- Coverage (site_metrics.h) -------------------------------------------------------------------
def in_band(hour, start, end):
    if start == end:
        return False
    return start <= hour < end if start < end else hour >= start or hour < end


def coverage(plan, prof):
    """Each scheduled hour placed in local time (winter shift 5/12, summer 7/12 of the year)."""
    wt = prof["working_time"]
    night_pen = Fraction(1, 2) if wt["night_restricted"]["value"] else Fraction(1, 4)
    sunday_pen = Fraction(1, 2) if wt["sunday_restricted"]["value"] else Fraction(0)
    tz = prof["time_zone"]
    shifts = [(Fraction(5, 12), F(tz["utc_offset_winter"]["value"]) - 1),
              (Fraction(7, 12), F(tz["utc_offset_summer"]["value"]) - 2)]
    step = plan["step"]
    weight = avail = night = sunday = Fraction(0)
    for share, shift in shifts:
        assert shift.denominator == 1, "whole-hour shifts only"
        for k, o in enumerate(plan["open"]):
            hours = plan["scheduled"][k] * Fraction(o, 60)
            if hours == 0:
                continue
            # Whole-hour shifts and bands and open hours on interval edges: the whole interval
            # is in a band or out of it; take its middle.
            local = (k * step + Fraction(step, 2) + shift * 60) % MINUTES_PER_WEEK
            day, hour = int(local // 1440), (local % 1440) / 60
            is_night = in_band(hour, F(wt["night_start_hour"]["value"]),
                               F(wt["night_end_hour"]["value"]))
            is_sunday = day == 6
            a = 1 - (night_pen if is_night else 0) - (sunday_pen if is_sunday else 0)
            weight += share * hours
            avail += share * hours * max(Fraction(0), a)
            night += share * hours * is_night
            sunday += share * hours * is_sunday
    return dict(score=avail / weight, night=night / weight, sunday=sunday / weight)


# --- Cost (cost.h) -------------------------------------------------------------------------------
def price(prof, plan, cov, scen, view, incumbent_series=None, is_incumbent=False):
    cost = scen.get("cost", {})
    roles = [(r["role"], F(r["agents_per_role"]), F(r["pay_multiple"]))
             for r in cost.get("support_roles", [])] or \
            [(n, F(a), F(p)) for n, a, p in DEFAULT_ROLES]
    spare = F(cost.get("seat_spare_ratio", 0.10))
    nesting = F(cost.get("nesting_weeks", 2))
    loss = F(cost.get("nesting_productivity_loss", 0.5))
    tmonths = F(cost.get("transition_months", 3))
    horizon = scen["horizon_months"]

    fte = plan["weekly_scheduled_hours"] / F(prof["weekly_hours"]["value"])
    support = sum(fte / apr for _, apr, _ in roles)
    seats = ceil_fraction(plan["peak_agents"] * (1 + spare)) + ceil_fraction(support)
    productive = plan["weekly_agent_hours"] * WEEKS_PER_MONTH
    wt = prof["working_time"]
    prem_rate = cov["night"] * F(wt["night_premium"]["value"]) \
        + cov["sunday"] * F(wt["sunday_premium"]["value"])

    w = F(prof["agent_wage"]["typical"]["value"])
    b = sum(F(x["months_per_year"]["value"]) for x in prof.get("bonuses", []))
    c = F(prof["employer_charge_rate"]["value"])
    loaded = w * (1 + b / 12) * (1 + c)
    lines = {}
    if view == "inhouse":
        lines["labour"] = fte * w * (1 + b / 12)
        lines["premiums"] = fte * w * prem_rate
        lines["charges"] = (lines["labour"] + lines["premiums"]) * c
        lines["supervision"] = sum(fte / apr * pm * loaded for _, apr, pm in roles)
        lines["seats"] = seats * F(prof["costs"]["seat_per_month"]["value"])
        weekly_loaded = loaded * 12 / 52
        per_hire = F(prof["costs"]["recruiting_per_hire"]["value"]) \
            + (F(prof["costs"]["training_weeks"]["value"]) + nesting * loss) * weekly_loaded
        lines["attrition"] = fte * F(prof["attrition_rate"]["value"]) / 12 * per_hire
    else:
        # The premium applies to the part of the rate that pays the agents: their loaded base
        # pay over the site's in-house cost without premiums (cost.h).
        own = price(prof, plan, cov, scen, "inhouse", None, is_incumbent)["lines"]
        agent_pay = own["labour"] * (1 + c)
        share = agent_pay / (agent_pay + own["supervision"] + own["seats"] + own["attrition"])
        lines["vendor_fees"] = F(prof["costs"]["billed_rate_per_hour"]["value"]) * productive
        lines["premiums"] = lines["vendor_fees"] * prem_rate * share
    run = sum(lines.values())

    esc = prof["escalators"]
    g = (1 + F(esc["wage_inflation"]["value"])) * (1 + F(esc["fx_drift"]["value"])) - 1
    transition = Fraction(0) if is_incumbent else tmonths * run
    span = min(max(ceil_fraction(tmonths), 1), horizon) if transition > 0 else 0
    series, parallel = [], Fraction(0)
    for m in range(1, horizon + 1):
        factor = (1 + g) ** ((m - 1) // 12)
        value = Fraction(0)
        if m <= span:
            value += transition / span
            if incumbent_series is not None:
                value += incumbent_series[m - 1]
                parallel += incumbent_series[m - 1]
        if m > span or incumbent_series is None:
            value += run * factor
        series.append(value)
    tco = sum(series)
    contacts = sum(F(ch["monthly_volume"]) for ch in scen["workload"]["channels"]) * horizon
    return dict(lines=lines, run=run, g=g, transition=transition + parallel, span=span,
                series=series, tco=tco, per_contact=tco / contacts,
                per_hour=tco / (productive * horizon), fte=fte, support=support, seats=seats,
                productive=productive)


def compare(site, onshore):
    site["saving"] = onshore["tco"] - site["tco"]
    site["saving_share"] = site["saving"] / onshore["tco"]
    cum_s = cum_o = Fraction(0)
    gaps = []
    for s, o in zip(site["series"], onshore["series"]):
        cum_s += s
        cum_o += o
        gaps.append(cum_o - cum_s)
    month = None  # first month from which the cumulative site cost stays at or below onshore
    for i in range(len(gaps) - 1, -1, -1):
        if gaps[i] < 0:
            break
        month = i + 1
    site["break_even"] = month


# --- Criteria (site_metrics.h, criteria.h) -------------------------------------------------------
def language_fit(required, prof):
    total = sum(F(r["share"]) for r in required)
    fit = Fraction(0)
    for r in required:
        skill = next((l for l in prof["languages"] if l["code"] == r["code"]), None)
        if skill is None:
            continue
        credit = Fraction(1, 4) if r.get("level", "full") == "full" else Fraction(1)
        prof_ = min(Fraction(1), F(skill["full"]["value"]) + credit * F(skill["partial"]["value"]))
        fit += F(r["share"]) / total * prof_
    return fit


def quality(prof):
    maturity = (F(prof["sector"]["maturity"]["value"]) - 1) / 4
    return maturity / 2 + (1 - min(Fraction(1), F(prof["attrition_rate"]["value"]))) / 2


def risk(prof):
    return (F(prof["risk"]["political"]["value"]) + F(prof["risk"]["infrastructure"]["value"])) / 2


# --- Methods on the utilities (methods.h) -------------------------------------------------------
def wsm(u, w):
    return [sum(wj * x for wj, x in zip(w, row)) for row in u]


def topsis(u, w):
    cols = range(len(w))
    norms = [sqrt(sum(M(row[j]) ** 2 for row in u)) for j in cols]
    v = [[M(w[j]) * M(row[j]) / norms[j] if norms[j] else mpf(0) for j in cols] for row in u]
    pis = [max(r[j] for r in v) for j in cols]
    nis = [min(r[j] for r in v) for j in cols]
    out = []
    for r in v:
        dp = sqrt(sum((r[j] - pis[j]) ** 2 for j in cols))
        dm = sqrt(sum((r[j] - nis[j]) ** 2 for j in cols))
        out.append(dm / (dp + dm) if dp + dm else mpf("0.5"))
    return out


def vikor_q(u, w, v=Fraction(1, 2)):
    cols = range(len(w))
    best = [max(r[j] for r in u) for j in cols]
    worst = [min(r[j] for r in u) for j in cols]
    d = [[(best[j] - r[j]) / (best[j] - worst[j]) if best[j] != worst[j] else 0 for j in cols]
         for r in u]
    s = [sum(w[j] * di[j] for j in cols) for di in d]
    r_ = [max(w[j] * di[j] for j in cols) for di in d]
    def term(x, lo, hi):
        return (x - lo) / (hi - lo) if hi != lo else 0
    return [v * term(s[i], min(s), max(s)) + (1 - v) * term(r_[i], min(r_), max(r_))
            for i in range(len(u))]


def promethee_net(u, w):
    def pref(d):
        d = M(d)
        if d <= PROMETHEE_Q:
            return mpf(0)
        if d >= PROMETHEE_P:
            return mpf(1)
        return (d - PROMETHEE_Q) / (PROMETHEE_P - PROMETHEE_Q)
    m = len(u)
    pi = [[sum(M(w[j]) * pref(u[a][j] - u[b][j]) for j in range(len(w))) if a != b else 0
           for b in range(m)] for a in range(m)]
    return [(sum(pi[a]) - sum(pi[b][a] for b in range(m))) / (m - 1) for a in range(m)]


# --- One case ------------------------------------------------------------------------------------
def derive(case):
    scen = yaml.safe_load(open(os.path.join(HERE, case, "scenario.yaml")))
    view = scen.get("cost", {}).get("view", "vendor")
    limits = scen.get("constraints", {})
    weights = scen["weights"]
    wsum = sum(F(weights[c]) for c in CRITERIA)
    w = [F(weights[c]) / wsum for c in CRITERIA]
    profiles = scen["destinations"]
    incumbent = scen.get("incumbent")
    by_id = {}
    for prof in profiles:
        plan = staff(scen["workload"], prof["aht_multiplier"]["value"])
        cov = coverage(plan, prof)
        by_id[prof["id"]] = dict(prof=prof, plan=plan, cov=cov)
    sites = {}
    for prof in profiles:
        s = by_id[prof["id"]]
        inc = by_id.get(incumbent) if incumbent and incumbent != prof["id"] else None
        for v in ("vendor", "inhouse"):
            inc_series = None
            if inc is not None:
                inc_series = price(inc["prof"], inc["plan"], inc["cov"], scen, v,
                                   is_incumbent=True)["series"]
            s[v] = price(prof, s["plan"], s["cov"], scen, v, inc_series,
                         is_incumbent=prof["id"] == incumbent)
        s["language"] = language_fit(scen["workload"]["languages"], prof)
        s["quality"] = quality(prof)
        s["risk"] = risk(prof)
        s["sector_share"] = s[view]["fte"] / F(prof["sector"]["jobs"]["value"])
        max_share = F(limits.get("max_sector_share", 0.10))
        s["exclusions"] = []
        fr = next((l for l in prof["languages"] if l["code"] == "fr"), None)
        if "min_french_full_share" in limits and \
                (F(fr["full"]["value"]) if fr else 0) < F(limits["min_french_full_share"]):
            s["exclusions"].append("language")
        if "max_risk" in limits and s["risk"] > F(limits["max_risk"]):
            s["exclusions"].append("risk")
        if s["sector_share"] > max_share:
            s["exclusions"].append("capacity")
        if "min_coverage" in limits and s["cov"]["score"] < F(limits["min_coverage"]):
            s["exclusions"].append("coverage")
        s["utility_fixed"] = dict(
            language=min(Fraction(1), s["language"]), quality=s["quality"],
            capacity=min(Fraction(1), max(Fraction(0), 1 - s["sector_share"] / max_share)),
            coverage=s["cov"]["score"],
            risk=min(Fraction(1), max(Fraction(0), (5 - s["risk"]) / 4)))
        sites[prof["id"]] = s
    onshore = next((p["id"] for p in profiles if p.get("onshore")), None)
    for sid, s in sites.items():
        if onshore and sid != onshore:
            for v in ("vendor", "inhouse"):
                compare(s[v], sites[onshore][v])

    eligible = [p["id"] for p in profiles if not sites[p["id"]]["exclusions"]]
    cheapest = min(sites[i][view]["tco"] for i in eligible)
    u = []
    for i in eligible:
        s = sites[i]
        s["utility"] = dict(cost=cheapest / s[view]["tco"], **s["utility_fixed"])
        u.append([s["utility"][c] for c in CRITERIA])
    scores = dict(wsm=wsm(u, w), topsis=topsis(u, w), vikor=[1 - q for q in vikor_q(u, w)],
                  promethee2=promethee_net(u, w))
    method = scen.get("method", {}).get("name", "wsm")
    for row, i in enumerate(eligible):
        sites[i]["score"] = scores[method][row]
        sites[i]["topsis"] = scores["topsis"][row]
        sites[i]["vikor_q"] = 1 - scores["vikor"][row]
        sites[i]["promethee"] = scores["promethee2"][row]
    order = sorted(range(len(eligible)), key=lambda r: (-scores[method][r], r))
    winners = {k: eligible[max(range(len(eligible)), key=lambda r: (v[r], -r))]
               for k, v in scores.items()}
    best, runner = eligible[order[0]], eligible[order[1]]
    return dict(scen=scen, view=view, sites=sites, eligible=eligible, winners=winners, best=best,
                runner=runner, margin=scores[method][order[0]] - scores[method][order[1]],
                verdict="onshore" if sites[best]["prof"].get("onshore") else "offshore",
                ranks={eligible[r]: k + 1 for k, r in enumerate(order)})


def num(x):
    return mp.nstr(M(x), 17)


def report(case):
    d = derive(case)
    print(f"== {case} (view {d['view']})")
    for sid, s in d["sites"].items():
        plan = s["plan"]
        print(f"-- {sid}")
        for kind, c in plan["channels"].items():
            extra = {k: c[k] for k in ("traffic", "slots", "provided", "rate", "longest_gap")
                     if k in c}
            shown = ", ".join(f"{k} {num(v)}" for k, v in extra.items())
            print(f"  {kind}: aht {num(c['aht'])} {shown}"
                  f" peak agents {num(c['peak_agents'])} peak scheduled {num(c['peak_scheduled'])}"
                  f" SL {num(c['sl'])} ASA {num(c['asa'])} occupancy {num(c['occ'])}")
        print(f"  weekly agent h {num(plan['weekly_agent_hours'])}, scheduled h "
              f"{num(plan['weekly_scheduled_hours'])}, peak agents {num(plan['peak_agents'])}, "
              f"peak scheduled {num(plan['peak_scheduled'])}")
        v = s[d["view"]]
        print(f"  fte {num(v['fte'])} support {num(v['support'])} seats {v['seats']} "
              f"productive h/month {num(v['productive'])}")
        print(f"  coverage {num(s['cov']['score'])} night {num(s['cov']['night'])} "
              f"sunday {num(s['cov']['sunday'])}")
        print(f"  language {num(s['language'])} quality {num(s['quality'])} risk {num(s['risk'])}"
              f" sector share {num(s['sector_share'])} exclusions {s['exclusions']}")
        for view in ("vendor", "inhouse"):
            p = s[view]
            print(f"  {view}: " + ", ".join(f"{k} {num(x)}" for k, x in p["lines"].items())
                  + f", total {num(p['run'])}")
            print(f"    g {num(p['g'])} transition {num(p['transition'])} (span {p['span']}) "
                  f"tco {num(p['tco'])} per contact {num(p['per_contact'])} "
                  f"per hour {num(p['per_hour'])}")
            if "saving" in p:
                print(f"    saving {num(p['saving'])} share {num(p['saving_share'])} "
                      f"break-even {p['break_even']}")
        if "utility" in s:
            print("  utility " + ", ".join(f"{k} {num(x)}" for k, x in s["utility"].items()))
            print(f"  score {num(s['score'])} rank {d['ranks'][sid]} topsis {num(s['topsis'])} "
                  f"vikor Q {num(s['vikor_q'])} promethee net {num(s['promethee'])}")
    print(f"best {d['best']} ({d['verdict']}), runner-up {d['runner']}, margin {num(d['margin'])}")
    print(f"winners {d['winners']}")


# Absolute tolerances: counts exactly; shares, utilities and scores to 1e-12; hours and FTE to
# 1e-9; monthly money to 1e-6 EUR and horizon totals to 1e-5 EUR (a few hundred times the
# rounding of doubles at those sizes, and far below any change of formula).
EXACT, SHARE, HOURS, MONTHLY, TOTAL = 0, 1e-12, 1e-9, 1e-6, 1e-5


def figures(case):
    """The expected.yaml figures of a case: (site or None, key, value, tolerance)."""
    d = derive(case)
    out = []
    for sid, s in d["sites"].items():
        plan, add = s["plan"], (lambda k, v, t: out.append((sid, k, v, t)))
        for kind, c in plan["channels"].items():
            exact = EXACT if kind != "email" else HOURS
            add(f"{kind}.peak_agents", c["peak_agents"], exact)
            add(f"{kind}.peak_scheduled", c["peak_scheduled"], exact)
            add(f"{kind}.service_level", c["sl"], SHARE)
            add(f"{kind}.asa_s", c["asa"], HOURS)
            add(f"{kind}.occupancy", c["occ"], SHARE)
        add("weekly_agent_hours", plan["weekly_agent_hours"], HOURS)
        add("weekly_scheduled_hours", plan["weekly_scheduled_hours"], HOURS)
        v = s[d["view"]]
        add("fte", v["fte"], HOURS)
        add("support_fte", v["support"], HOURS)
        add("seats", v["seats"], EXACT)
        add("productive_hours_per_month", v["productive"], HOURS)
        add("coverage", s["cov"]["score"], SHARE)
        add("night_share", s["cov"]["night"], SHARE)
        add("sunday_share", s["cov"]["sunday"], SHARE)
        add("language_fit", s["language"], SHARE)
        add("quality", s["quality"], SHARE)
        add("risk", s["risk"], SHARE)
        add("sector_share", s["sector_share"], SHARE)
        for view in ("vendor", "inhouse"):
            p = s[view]
            for line, x in p["lines"].items():
                add(f"{view}.monthly.{line}", x, MONTHLY)
            add(f"{view}.monthly.total", p["run"], MONTHLY)
            add(f"{view}.transition", p["transition"], TOTAL)
            add(f"{view}.tco", p["tco"], TOTAL)
            add(f"{view}.cost_per_contact", p["per_contact"], HOURS)
            add(f"{view}.cost_per_productive_hour", p["per_hour"], HOURS)
            if "saving" in p:
                add(f"{view}.saving", p["saving"], TOTAL)
                add(f"{view}.saving_share", p["saving_share"], SHARE)
                add(f"{view}.break_even_month", p["break_even"], EXACT)
        if "utility" in s:
            for c in CRITERIA:
                add(f"utility.{c}", s["utility"][c], SHARE)
            add("score", s["score"], SHARE)
            add("rank", d["ranks"][sid], EXACT)
            add("topsis.closeness", s["topsis"], SHARE)
            add("vikor.q", s["vikor_q"], SHARE)
            add("promethee2.net", s["promethee"], SHARE)
        else:  # not compared: no score, no rank
            add("score", 0, EXACT)
            add("rank", 0, EXACT)
    out.append((None, "margin", d["margin"], SHARE))
    return d, out


def emit(case):
    """expected.yaml text of a case (the numbers only; README.md explains them)."""
    d, figs = figures(case)
    lines = ["# SPDX-License-Identifier: GPL-3.0-or-later",
             f"# Expected figures of the golden case {case}, derived independently of Escale:",
             "# README.md in this folder derives them step by step from the formulas of the",
             "# engine's headers, and ../derive.py recomputes them (mpmath, exact fractions).",
             "# `tol` is the absolute tolerance of each figure.", "sites:"]
    for sid, s in d["sites"].items():
        lines.append(f"  {sid}:")
        lines.append(f"    exclusions: [{', '.join(s['exclusions'])}]")
        for site, key, value, tol in figs:
            if site == sid:
                shown = "null" if value is None else (str(value) if isinstance(value, int)
                                                       else num(value))
                lines.append(f"    {key}: {{value: {shown}, tol: {tol:g}}}")
    lines.append("recommendation:")
    lines.append(f"  verdict: {d['verdict']}")
    lines.append(f"  best: {d['best']}")
    lines.append(f"  runner_up: {d['runner']}")
    lines.append(f"  compared: [{', '.join(d['eligible'])}]")
    lines.append(f"  margin: {{value: {num(d['margin'])}, tol: {SHARE:g}}}")
    agree = all(w == d["best"] for w in d["winners"].values())
    lines.append(f"  methods_agree: {'true' if agree else 'false'}")
    lines.append("  winners: {" + ", ".join(f"{k}: {v}" for k, v in d["winners"].items()) + "}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    args = sys.argv[1:]
    as_yaml = "--yaml" in args
    args = [a for a in args if a != "--yaml"]
    cases = args or sorted(e for e in os.listdir(HERE)
                           if os.path.isfile(os.path.join(HERE, e, "scenario.yaml")))
    for case in cases:
        if as_yaml:
            sys.stdout.write(emit(case))
        else:
            report(case)
