// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char **environ;

namespace escale::test {

namespace {

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

ProcessResult runProcess(const std::string &program, const std::vector<std::string> &args)
{
    char outName[] = "/tmp/escale-test-out-XXXXXX";
    char errName[] = "/tmp/escale-test-err-XXXXXX";
    const int outFd = mkstemp(outName);
    const int errFd = mkstemp(errName);
    if (outFd < 0 || errFd < 0)
        throw std::runtime_error("cannot create temporary files");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outFd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errFd, STDERR_FILENO);

    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(program.c_str()));
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(outFd);
    close(errFd);
    if (rc != 0)
        throw std::runtime_error("cannot start " + program);

    int status = 0;
    const pid_t waited = waitpid(pid, &status, 0);
    EXPECT_EQ(waited, pid) << "waitpid failed for " << program;
    EXPECT_TRUE(WIFEXITED(status)) << program << " was killed by signal " << WTERMSIG(status);
    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = slurp(outName);
    result.err = slurp(errName);
    std::remove(outName);
    std::remove(errName);
    return result;
}

ProcessResult runCli(const std::vector<std::string> &args)
{
    return runProcess(ESCALE_CLI, args);
}

std::string sourcePath(const std::string &relative)
{
    return std::string(ESCALE_SOURCE_DIR) + "/" + relative;
}

std::string temporaryFolder()
{
    struct Folder
    {
        std::filesystem::path path;
        Folder()
        {
            char pattern[] = "/tmp/escale-cli-tests-XXXXXX";
            if (!mkdtemp(pattern))
                throw std::runtime_error("cannot create a temporary folder");
            path = pattern;
        }
        ~Folder()
        {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    };
    static const Folder folder;
    return folder.path.string();
}

std::string writeTemporary(const std::string &relative, const std::string &text)
{
    const std::filesystem::path path = std::filesystem::path(temporaryFolder()) / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

std::string readSource(const std::string &relative)
{
    return slurp(sourcePath(relative));
}

std::string editedScenario(const std::string &scenario,
                           const std::vector<std::pair<std::string, std::string>> &edits,
                           const std::string &name)
{
    std::string text = readSource("data/scenarios/" + scenario + ".yaml");
    for (const auto &[from, to] : edits) {
        const std::size_t at = text.find(from);
        if (at == std::string::npos)
            throw std::runtime_error("'" + from + "' is not in " + scenario);
        text.replace(at, from.size(), to);
    }
    return writeTemporary(name, text);
}

std::string editedScenario(const std::string &scenario, const std::string &from,
                           const std::string &to, const std::string &name)
{
    return editedScenario(scenario, {{from, to}}, name);
}

std::string splitScenario()
{
    return editedScenario("ecommerce-multichannel",
                          {{"weights: {cost: 0.40, language: 0.20, quality: 0.15, capacity: 0.05, "
                            "coverage: 0.10, risk: 0.10}",
                            "weights: {cost: 0.60, language: 0.15, quality: 0.10, capacity: 0.05, "
                            "coverage: 0.05, risk: 0.05}"},
                           {"max_sector_share: 0.10", "max_sector_share: 0.0015"}},
                          "split.yaml");
}

} // namespace escale::test
