// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/destination_io.h"

#include "destination_yaml.h"
#include "number_format.h"

#include <filesystem>

namespace escale::data {

using namespace detail;

LoadResult<DestinationProfile> parseDestination(const std::string &text,
                                                const std::string &fileName)
{
    std::vector<LoadError> errors;
    const std::optional<YAML::Node> root = parseYaml(text, fileName, errors);
    if (!root)
        return errors;
    Reader reader(fileName, &errors);
    if (!checkHeader(reader, *root, "destination"))
        return errors;
    DestinationProfile profile = readDestination(reader, *root, "", false);
    if (!errors.empty())
        return errors;
    return profile;
}

LoadResult<DestinationProfile> loadDestination(const std::string &path)
{
    std::vector<LoadError> errors;
    const std::optional<std::string> text = readFile(path, errors);
    if (!text)
        return errors;
    LoadResult<DestinationProfile> result = parseDestination(*text, path);
    if (!result)
        return result;
    const std::string stem = std::filesystem::path(path).stem().string();
    if (result.value().id != stem) {
        const YAML::Node root = YAML::Load(*text);
        Reader reader(path, &errors);
        reader.error(root["id"], "id",
                     "must match the file name '" + stem + "' (got '" + result.value().id + "')");
        return errors;
    }
    return result;
}

std::string emitDestination(const DestinationProfile &profile)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "schema" << YAML::Value << 1;
    out << YAML::Key << "kind" << YAML::Value << "destination";
    writeDestination(out, profile);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

LoadResult<ExchangeRates> parseExchangeRates(const std::string &text, const std::string &fileName)
{
    std::vector<LoadError> errors;
    const std::optional<YAML::Node> root = parseYaml(text, fileName, errors);
    if (!root)
        return errors;
    Reader reader(fileName, &errors);
    if (!checkHeader(reader, *root, "exchange_rates"))
        return errors;
    reader.checkKeys(*root, "", {"schema", "kind", "rates"});
    ExchangeRates rates;
    const YAML::Node map = reader.child(*root, "rates", "", true);
    if (map.IsDefined() && reader.expectMap(map, "rates")) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const std::string code = it->first.Scalar();
            if (code.size() != 3)
                reader.error(it->first.Mark(), join("rates", code),
                             "must be a three-letter ISO 4217 currency code");
            ExchangeRate rate;
            rate.currency = code;
            rate.eurPerUnit = reader.figure(map, code.c_str(), "rates", Range::positive());
            rates.rates.push_back(rate);
        }
    }
    if (!errors.empty())
        return errors;
    return rates;
}

LoadResult<ExchangeRates> loadExchangeRates(const std::string &path)
{
    std::vector<LoadError> errors;
    const std::optional<std::string> text = readFile(path, errors);
    if (!text)
        return errors;
    return parseExchangeRates(*text, path);
}

std::string emitExchangeRates(const ExchangeRates &rates)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "schema" << YAML::Value << 1;
    out << YAML::Key << "kind" << YAML::Value << "exchange_rates";
    out << YAML::Key << "rates" << YAML::Value << YAML::BeginMap;
    for (const ExchangeRate &rate : rates.rates)
        writeFigure(out, rate.currency.c_str(), rate.eurPerUnit);
    out << YAML::EndMap << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

} // namespace escale::data
