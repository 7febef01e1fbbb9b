// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using escale::data::writeFileAtomically;

namespace {

std::string readAll(const fs::path &path)
{
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class AtomicFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
                / ("escale-atomic-"
                   + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-"
                   + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
};

} // namespace

TEST_F(AtomicFile, WritesAndReplaces)
{
    const fs::path file = m_dir / "scenario.yaml";
    EXPECT_TRUE(writeFileAtomically(file.string(), "first\n").ok());
    EXPECT_EQ(readAll(file), "first\n");
    EXPECT_TRUE(writeFileAtomically(file.string(), "second\n").ok());
    EXPECT_EQ(readAll(file), "second\n");
    // No temporary file is left behind.
    EXPECT_EQ(std::distance(fs::directory_iterator(m_dir), fs::directory_iterator()), 1);
}

TEST_F(AtomicFile, FailureLeavesTheOldFileAndNoTemporary)
{
    const fs::path file = m_dir / "scenario.yaml";
    ASSERT_TRUE(writeFileAtomically(file.string(), "kept\n").ok());
    // Replacing a non-empty directory fails at the rename step.
    const fs::path blocker = m_dir / "blocked";
    fs::create_directories(blocker / "inside");
    const escale::data::Status status = writeFileAtomically(blocker.string(), "new\n");
    ASSERT_FALSE(status.ok());
    const std::string &error = status.error();
    EXPECT_NE(error, "");
    EXPECT_NE(error.find(blocker.string()), std::string::npos) << error;
    EXPECT_EQ(readAll(file), "kept\n");
    EXPECT_EQ(std::distance(fs::directory_iterator(m_dir), fs::directory_iterator()), 2);
}

TEST_F(AtomicFile, MissingFolderIsAnError)
{
    const escale::data::Status status = writeFileAtomically((m_dir / "no" / "such.yaml").string(),
                                                            "x");
    ASSERT_FALSE(status.ok());
    const std::string &error = status.error();
    EXPECT_NE(error.find("cannot write"), std::string::npos) << error;
}
