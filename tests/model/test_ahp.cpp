// SPDX-License-Identifier: GPL-3.0-or-later
// AHP. Published examples:
// - Saaty (2008), Int. J. Services Sciences 1(1): relative consumption of drinks in the US,
//   7 x 7. Published priorities (3 decimals): coffee .177, wine .019, tea .042, beer .116,
//   soda .190, milk .129, water .327; AHPy reproduces CR 0.022 (Saaty 2005 table) and 0.0235
//   (Donegan & Dodd).
// - Saaty (2005), Theory and Applications of the ANP: choosing a city (5 criteria, 4 cities);
//   published global priorities Bethesda .2291, Boston .2748, Pittsburgh .3852, Santa Fe .1110.
// - Triantaphyllou & Mann (1995): a 3 x 3 matrix with CR above 0.10.
// Full-precision expectations were recomputed with mpmath (mp.eig, 50 digits) and are checked
// to 1e-12; printed values to half a unit of their last digit.
#include "escale/model/ahp.h"
#include "escale/model/errors.h"

#include "eigen_matchers.h"
#include "input_error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <random>
#include <string>

using namespace escale;
using namespace escale::mcda;
using escale::test::fieldOf;

namespace {

constexpr double Tol = 1e-12;

struct Pair
{
    int i, j;
    double value;
};

Eigen::MatrixXd fromPairs(int n, const std::vector<Pair> &pairs)
{
    Eigen::MatrixXd a = Eigen::MatrixXd::Ones(n, n);
    for (const Pair &p : pairs) {
        a(p.i, p.j) = p.value;
        a(p.j, p.i) = 1.0 / p.value;
    }
    return a;
}

/** Order: coffee, wine, tea, beer, soda, milk, water. */
Eigen::MatrixXd drinks()
{
    enum { Coffee, Wine, Tea, Beer, Soda, Milk, Water };
    return fromPairs(7,
                     {{Coffee, Wine, 9}, {Coffee, Tea, 5},   {Coffee, Beer, 2}, {Coffee, Soda, 1},
                      {Coffee, Milk, 1}, {Water, Coffee, 2}, {Water, Wine, 9},  {Water, Tea, 9},
                      {Water, Beer, 3},  {Water, Soda, 2},   {Water, Milk, 3},  {Tea, Wine, 3},
                      {Beer, Wine, 9},   {Beer, Tea, 3},     {Beer, Milk, 1},   {Soda, Wine, 9},
                      {Soda, Tea, 4},    {Soda, Beer, 2},    {Soda, Milk, 2},   {Milk, Wine, 9},
                      {Milk, Tea, 3}});
}

} // namespace

TEST(Ahp, SaatyDrinks)
{
    const AhpResult r = ahp(drinks());
    Eigen::VectorXd w(7), published(7), rgmm(7);
    w << 0.17745674744571682, 0.019149476024353582, 0.041831181662097909, 0.11641703173485864,
        0.18957237532617614, 0.12878054853872255, 0.32679263926807435;
    published << 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327;
    rgmm << 0.17872338459102769, 0.018460616160309934, 0.042234387319880987, 0.11649839775440329,
        0.19113550919235567, 0.12862465932043748, 0.32432304566158494;
    EXPECT_EIGEN_NEAR(r.priorities, w, Tol);
    EXPECT_EIGEN_NEAR(r.priorities, published, 5e-4);
    EXPECT_EIGEN_NEAR(r.prioritiesEigenvector, w, Tol);
    EXPECT_EIGEN_NEAR(r.prioritiesRgmm, rgmm, Tol);
    EXPECT_NEAR(r.lambdaMax, 7.1766290393303414, Tol);
    EXPECT_NEAR(r.ci, 0.029438173221723573, Tol);
    EXPECT_NEAR(r.cr, 0.022301646380093616, Tol); // saaty1980 by default
    EXPECT_NEAR(r.crFor(RandomIndexTable::Saaty1980), 0.022301646380093616, Tol);
    EXPECT_NEAR(r.crFor(RandomIndexTable::Saaty2005), 0.021806054238313758, Tol);
    EXPECT_NEAR(r.crFor(RandomIndexTable::DoneganDodd), 0.023514796087326123, Tol);
    EXPECT_NEAR(r.crFor(RandomIndexTable::TummalaLing), 0.022097412717102217, Tol);
    EXPECT_NEAR(r.crFor(RandomIndexTable::Saaty2005), 0.022, 5e-4); // AHPy 'saaty'
    EXPECT_NEAR(r.crFor(RandomIndexTable::DoneganDodd), 0.0235, 5e-5); // AHPy default
    EXPECT_TRUE(r.consistent);
    EXPECT_TRUE(r.withinStrictLimit);
    ASSERT_TRUE(r.mostInconsistent.has_value());
    EXPECT_EQ(r.mostInconsistent->i, 1); // wine vs water: 1/9 given, 0.0586 consistent
    EXPECT_EQ(r.mostInconsistent->j, 6);
    EXPECT_NEAR(r.mostInconsistent->value, 1.0 / 9.0, Tol);
    EXPECT_NEAR(r.mostInconsistent->consistentValue, 0.058598247706077904, Tol);
    EXPECT_NEAR(r.mostInconsistent->logError, 0.63982590813670013, Tol);

    AhpOptions options;
    options.prioritisation = Prioritisation::RowGeometricMean;
    options.table = RandomIndexTable::DoneganDodd;
    const AhpResult g = ahp(drinks(), options);
    EXPECT_EIGEN_NEAR(g.priorities, rgmm, Tol);
    EXPECT_NEAR(g.lambdaMax, 7.1766290393303414, Tol); // a property of the matrix
    EXPECT_NEAR(g.cr, 0.023514796087326123, Tol);
}

TEST(Ahp, SaatyCitiesHierarchy)
{
    enum { Culture, Family, Housing, Jobs, Transportation };
    const Eigen::MatrixXd criteria = fromPairs(5, {{Culture, Housing, 3},
                                                   {Culture, Transportation, 5},
                                                   {Family, Culture, 5},
                                                   {Family, Housing, 7},
                                                   {Family, Transportation, 7},
                                                   {Housing, Transportation, 3},
                                                   {Jobs, Culture, 2},
                                                   {Jobs, Housing, 4},
                                                   {Jobs, Transportation, 7},
                                                   {Family, Jobs, 1}});
    enum { Bethesda, Boston, Pittsburgh, SantaFe };
    const std::vector<Eigen::MatrixXd> cities{
        fromPairs(4, {{Bethesda, Pittsburgh, 1},
                      {Boston, Bethesda, 2},
                      {Boston, Pittsburgh, 2.5},
                      {Boston, SantaFe, 1},
                      {SantaFe, Bethesda, 2},
                      {SantaFe, Pittsburgh, 2.5}}),
        fromPairs(4, {{Bethesda, Boston, 2},
                      {Bethesda, SantaFe, 4},
                      {Boston, SantaFe, 2},
                      {Pittsburgh, Bethesda, 3},
                      {Pittsburgh, Boston, 8},
                      {Pittsburgh, SantaFe, 9}}),
        fromPairs(4, {{Bethesda, Boston, 5},
                      {Bethesda, SantaFe, 2.5},
                      {Pittsburgh, Bethesda, 2},
                      {Pittsburgh, Boston, 9},
                      {Pittsburgh, SantaFe, 7},
                      {SantaFe, Boston, 4}}),
        fromPairs(4, {{Bethesda, Pittsburgh, 3},
                      {Bethesda, SantaFe, 4},
                      {Boston, Bethesda, 2},
                      {Boston, Pittsburgh, 6},
                      {Boston, SantaFe, 8},
                      {Pittsburgh, SantaFe, 1}}),
        fromPairs(4, {{Bethesda, Boston, 1.5},
                      {Bethesda, SantaFe, 4},
                      {Boston, SantaFe, 2.5},
                      {Pittsburgh, Bethesda, 2},
                      {Pittsburgh, Boston, 3.5},
                      {Pittsburgh, SantaFe, 9}}),
    };
    const AhpHierarchyResult h = ahpHierarchy(criteria, cities);
    Eigen::VectorXd wc(5);
    wc << 0.15216708320448333, 0.43345436808124795, 0.071556476005675471, 0.30500643238986031,
        0.037815640318732938;
    EXPECT_EIGEN_NEAR(h.criteria.priorities, wc, Tol);
    EXPECT_NEAR(h.criteria.cr, 0.050275718957738953, Tol);
    ASSERT_EQ(h.alternatives.size(), 5u);
    EXPECT_EIGEN_NEAR(h.alternatives[Family].priorities,
                      Eigen::Vector4d(0.20962214819408618, 0.098244057787023896,
                                      0.63535024609702225, 0.056783547921867674),
                      Tol);
    EXPECT_NEAR(h.alternatives[Housing].cr, 0.044726604198071022, Tol);
    const Eigen::Vector4d global(0.22910363102993604, 0.27476809345040997, 0.38516087032535801,
                                 0.11096740519429598);
    EXPECT_EIGEN_NEAR(h.global, global, Tol);
    EXPECT_EIGEN_NEAR(h.global, Eigen::Vector4d(0.2291, 0.2748, 0.3852, 0.1110), 5e-5);
    EXPECT_NEAR(h.global.sum(), 1.0, Tol);
    EXPECT_EQ(h.ranks, (std::vector<int>{3, 2, 1, 4}));
    EXPECT_TRUE(h.allConsistent);
}

TEST(Ahp, TriantaphyllouMannIsFlaggedInconsistent)
{
    Eigen::Matrix3d a;
    a << 1, 6, 8, //
        1.0 / 6, 1, 4, //
        1.0 / 8, 1.0 / 4, 1;
    const AhpResult r = ahp(a);
    const Eigen::Vector3d w(0.75355389902347078, 0.18113546451167882, 0.0653106364648504);
    EXPECT_EIGEN_NEAR(r.priorities, w, Tol);
    EXPECT_EIGEN_NEAR(r.prioritiesRgmm, w, Tol); // for n = 3 both methods agree
    EXPECT_NEAR(r.lambdaMax, 3.1356108446580431, Tol);
    EXPECT_NEAR(r.cr, 0.11690590056727852, Tol);
    EXPECT_FALSE(r.consistent);
    EXPECT_DOUBLE_EQ(r.strictLimit, 0.05); // Saaty's limit for n = 3
    EXPECT_FALSE(r.withinStrictLimit);
    ASSERT_TRUE(r.mostInconsistent.has_value());
    EXPECT_EQ(r.mostInconsistent->i, 1);
    EXPECT_EQ(r.mostInconsistent->j, 2);
    EXPECT_NEAR(r.mostInconsistent->consistentValue, 2.7734450974025388, Tol);
}

TEST(Ahp, ConsistentMatrixReturnsItsWeights)
{
    std::mt19937 rng(20240601);
    std::uniform_real_distribution<double> draw(0.05, 1.0);
    for (Eigen::Index n = 1; n <= AhpMaxSize; ++n) {
        Eigen::VectorXd w(n);
        for (Eigen::Index i = 0; i < n; ++i)
            w[i] = draw(rng);
        w /= w.sum();
        const Eigen::MatrixXd a = w * w.cwiseInverse().transpose(); // a_ij = w_i / w_j
        for (Prioritisation p :
             {Prioritisation::PrincipalEigenvector, Prioritisation::RowGeometricMean}) {
            const AhpResult r = ahp(a, {p, RandomIndexTable::Saaty1980});
            EXPECT_EIGEN_NEAR(r.priorities, w, Tol) << "n = " << n;
            EXPECT_NEAR(r.lambdaMax, double(n), Tol) << "n = " << n;
            EXPECT_NEAR(r.ci, 0.0, Tol);
            for (double cr : r.crByTable)
                EXPECT_NEAR(cr, 0.0, Tol);
            EXPECT_TRUE(r.consistent);
            if (n > 1) {
                EXPECT_NEAR(r.mostInconsistent->logError, 0.0, 1e-10);
            }
        }
    }
}

TEST(Ahp, SmallMatricesAreConsistentByDefinition)
{
    const AhpResult one = ahp(Eigen::MatrixXd::Ones(1, 1));
    EXPECT_EIGEN_NEAR(one.priorities, Eigen::VectorXd::Ones(1), 0.0);
    EXPECT_DOUBLE_EQ(one.lambdaMax, 1.0);
    EXPECT_DOUBLE_EQ(one.cr, 0.0);
    EXPECT_FALSE(one.mostInconsistent.has_value());

    Eigen::Matrix2d a;
    a << 1, 3, //
        1.0 / 3, 1;
    const AhpResult two = ahp(a);
    EXPECT_EIGEN_NEAR(two.priorities, Eigen::Vector2d(0.75, 0.25), Tol);
    EXPECT_NEAR(two.lambdaMax, 2.0, Tol);
    for (double cr : two.crByTable)
        EXPECT_EQ(cr, 0.0);
}

TEST(Ahp, MostInconsistentJudgementFindsAPerturbedEntry)
{
    Eigen::VectorXd w(5);
    w << 0.35, 0.25, 0.2, 0.12, 0.08;
    Eigen::MatrixXd a = w * w.cwiseInverse().transpose();
    a(0, 3) = 1.0 / a(0, 3); // reverse one judgement
    a(3, 0) = 1.0 / a(0, 3);
    const AhpResult r = ahp(a);
    ASSERT_TRUE(r.mostInconsistent.has_value());
    EXPECT_EQ(r.mostInconsistent->i, 0);
    EXPECT_EQ(r.mostInconsistent->j, 3);
    EXPECT_DOUBLE_EQ(r.mostInconsistent->value, a(0, 3));
    EXPECT_NEAR(r.mostInconsistent->consistentValue, r.priorities[0] / r.priorities[3], Tol);
    EXPECT_GT(r.cr, AhpConsistencyLimit);
}

TEST(Ahp, ExtremeJudgementsStayFinite)
{
    for (double big : {1e50, 1e150, 1e300}) {
        Eigen::Matrix3d a;
        a << 1, big, 2, //
            1 / big, 1, 1 / big, //
            0.5, big, 1;
        const AhpResult r = ahp(a);
        EXPECT_TRUE(r.priorities.allFinite()) << big;
        EXPECT_TRUE(r.prioritiesRgmm.allFinite()) << big;
        EXPECT_NEAR(r.priorities.sum(), 1.0, Tol);
        EXPECT_TRUE(std::isfinite(r.cr));
    }
}

TEST(Ahp, ValidationNamesTheCell)
{
    Eigen::Matrix3d a;
    a << 1, 2, 4, //
        0.5, 1, 2, //
        0.25, 0.5, 1;
    EXPECT_NO_THROW(validateComparisonMatrix(a));
    Eigen::Matrix3d b = a;
    b(2, 1) = 0.6;
    EXPECT_EQ(fieldOf([&] { validateComparisonMatrix(b); }), "matrix[2][1]");
    b = a;
    b(1, 1) = 2.0;
    EXPECT_EQ(fieldOf([&] { validateComparisonMatrix(b); }), "matrix[1][1]");
    b = a;
    b(0, 2) = -4.0;
    EXPECT_EQ(fieldOf([&] { (void)ahp(b); }), "matrix[0][2]");
    b = a;
    b(2, 1) = 0.5 * (1.0 + 1e-11); // within 1e-9 relative
    EXPECT_NO_THROW(validateComparisonMatrix(b));
    EXPECT_EQ(fieldOf([&] { (void)ahp(Eigen::MatrixXd::Ones(2, 3)); }), "matrix");
    EXPECT_EQ(fieldOf([&] { (void)ahp(Eigen::MatrixXd::Ones(16, 16)); }), "matrix");
    EXPECT_EQ(fieldOf([&] { (void)ahp(Eigen::MatrixXd(0, 0)); }), "matrix");
    EXPECT_NO_THROW((void)ahp(Eigen::MatrixXd::Ones(15, 15)));

    EXPECT_EQ(fieldOf([&] { (void)ahpHierarchy(a, {a, a}); }), "alternatives");
    Eigen::Matrix2d small;
    small << 1, 2, //
        0.5, 1;
    EXPECT_EQ(fieldOf([&] { (void)ahpHierarchy(a, {a, small, a}); }), "alternatives[1]");
    Eigen::Matrix3d bad = a;
    bad(0, 1) = 3.0;
    EXPECT_EQ(fieldOf([&] { (void)ahpHierarchy(a, {a, a, bad}); }), "alternatives[2][1][0]");
    EXPECT_EQ(fieldOf([&] { (void)ahpHierarchy(bad, {a, a, a}); }), "criteria[1][0]");
}

TEST(Ahp, RandomIndexTablesAndKeys)
{
    EXPECT_DOUBLE_EQ(randomIndex(RandomIndexTable::Saaty1980, 3), 0.58);
    EXPECT_DOUBLE_EQ(randomIndex(RandomIndexTable::Saaty2005, 7), 1.35);
    EXPECT_DOUBLE_EQ(randomIndex(RandomIndexTable::DoneganDodd, 10), 1.4055);
    EXPECT_DOUBLE_EQ(randomIndex(RandomIndexTable::TummalaLing, 15), 1.5831);
    EXPECT_DOUBLE_EQ(randomIndex(RandomIndexTable::TummalaLing, 2), 0.0);
    EXPECT_THROW((void)randomIndex(RandomIndexTable::Saaty1980, 16), InputError);
    EXPECT_THROW((void)randomIndex(RandomIndexTable::Saaty1980, 0), InputError);
    EXPECT_DOUBLE_EQ(saatyStrictLimit(4), 0.08);
    EXPECT_DOUBLE_EQ(saatyStrictLimit(9), 0.10);
    for (RandomIndexTable t : {RandomIndexTable::Saaty1980, RandomIndexTable::Saaty2005,
                               RandomIndexTable::DoneganDodd, RandomIndexTable::TummalaLing})
        EXPECT_EQ(randomIndexFromKey(randomIndexKey(t)), t);
    EXPECT_STREQ(randomIndexKey(RandomIndexTable::DoneganDodd), "donegan_dodd");
    EXPECT_FALSE(randomIndexFromKey("saaty").has_value());
    for (Prioritisation p :
         {Prioritisation::PrincipalEigenvector, Prioritisation::RowGeometricMean})
        EXPECT_EQ(prioritisationFromKey(prioritisationKey(p)), p);
    EXPECT_FALSE(prioritisationFromKey("eigen").has_value());
}

TEST(Ahp, DescribeStatesTheConventions)
{
    AhpOptions options;
    options.table = RandomIndexTable::TummalaLing;
    const std::string text = describe(options);
    EXPECT_NE(text.find("tummala_ling"), std::string::npos);
    EXPECT_NE(text.find("CR = CI/RI(n)"), std::string::npos);
    EXPECT_NE(text.find("0.10"), std::string::npos);
    EXPECT_NE(text.find("distributive synthesis"), std::string::npos);
}
