// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#define ESCALE_HAVE_POSIX 1
#endif

namespace escale::data {

namespace {

std::string temporaryName(const std::filesystem::path &target)
{
    std::random_device device;
    const unsigned long long token = (static_cast<unsigned long long>(device()) << 32) ^ device();
    return (target.parent_path()
            / ("." + target.filename().string() + ".tmp-" + std::to_string(token)))
        .string();
}

} // namespace

Status writeFileAtomically(const std::string &path, const std::string &contents)
{
    namespace fs = std::filesystem;
    const fs::path target = fs::absolute(fs::path(path));
    const std::string temp = temporaryName(target);

#ifdef ESCALE_HAVE_POSIX
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return "cannot write " + path + ": " + std::strerror(errno);
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string cause = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return "cannot write " + path + ": " + cause;
        }
        written += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string cause = std::strerror(errno);
        ::unlink(temp.c_str());
        return "cannot write " + path + ": " + cause;
    }
#else
    {
        std::FILE *file = std::fopen(temp.c_str(), "wb");
        if (!file)
            return "cannot write " + path + ": " + std::strerror(errno);
        const bool ok = std::fwrite(contents.data(), 1, contents.size(), file) == contents.size();
        if (std::fclose(file) != 0 || !ok) {
            std::remove(temp.c_str());
            return "cannot write " + path;
        }
    }
#endif

    std::error_code error;
    fs::rename(temp, target, error);
    if (error) {
        fs::remove(temp);
        return "cannot replace " + path + ": " + error.message();
    }
    return Status::success();
}

} // namespace escale::data
