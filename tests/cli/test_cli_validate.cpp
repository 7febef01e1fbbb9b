// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <gtest/gtest.h>

using escale::test::runCli;
using escale::test::sourcePath;

TEST(CliValidate, ShippedFilesAreValid)
{
    std::vector<std::string> args{"validate"};
    for (const char *f :
         {"destinations/france.yaml", "destinations/madagascar.yaml", "destinations/mauritius.yaml",
          "destinations/morocco.yaml", "destinations/tunisia.yaml", "exchange_rates.yaml",
          "scenarios/ecommerce-multichannel.yaml", "scenarios/bank-evenings-sundays.yaml",
          "scenarios/outbound-campaign.yaml"})
        args.push_back(sourcePath(std::string("data/") + f));
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_NE(r.out.find("france.yaml: ok (destination 'france')"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ok (scenario 'E-commerce customer service' with 5 destinations)"),
              std::string::npos)
        << r.out;
}

TEST(CliValidate, ReportsEveryBrokenFileAndExitsWithTwo)
{
    const std::string a = sourcePath("tests/data/broken/dest_unknown_key.yaml");
    const std::string b = sourcePath("tests/data/broken/scen_bad_method.yaml");
    const std::string good = sourcePath("data/destinations/morocco.yaml");
    const auto r = runCli({"validate", a, good, b});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(a
                         + ":35:1: employer_charges: unknown key 'employer_charges'; did you mean "
                           "'employer_charge_rate'?"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(b + ":50:16: method.name:"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("morocco.yaml: ok"), std::string::npos);
}

TEST(CliValidate, NeedsAFile)
{
    EXPECT_EQ(runCli({"validate"}).exitCode, 2);
}
