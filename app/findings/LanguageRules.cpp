#include "LanguageRules.h"

#include "TextFolder.h"
#include "Tokenizer.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace caselens::findings {
namespace {

constexpr std::array<TimeUnit, 6> kTimeUnits{{
    {"min", 1.0 / 1440},
    {"h", 1.0 / 24},
    {"d", 1},
    {"wk", 7},
    {"mo", 30.4375},
    {"a", 365.25},
}};

std::uint64_t hashWord(QStringView word)
{
    return Tokenizer::hashOf(TextFolder::folded(word));
}

struct NumberWord {
    const char* word;
    int value;
};

} // namespace

void LanguageRules::add(FlatHashMap& map, const char* words, std::uint32_t value)
{
    const QString list = QString::fromUtf8(words);
    for (const QStringView word : QStringView(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        map.insert(hashWord(word), value);
}

const LanguageRules& LanguageRules::forLanguage(int languageIndex)
{
    static const std::array<LanguageRules, 3> rules{build(0), build(1), build(2)};
    return rules[static_cast<std::size_t>(languageIndex >= 0 && languageIndex < 3 ? languageIndex : 2)];
}

LanguageRules LanguageRules::build(int languageIndex)
{
    LanguageRules r;
    // Time units: minutes, hours, days, weeks, months, years (indices into kTimeUnits).
    static const std::array<std::array<const char*, 6>, 3> timeUnits{{
        {"minuto minutos min", "hora horas h", "dia dias", "semana semanas", "mês meses", "ano anos"},
        {"minuto minutos min", "hora horas h", "día días", "semana semanas", "mes meses", "año años"},
        {"minute minutes min mins", "hour hours h hr hrs", "day days d", "week weeks wk wks",
         "month months mo mos", "year years yr yrs y"},
    }};
    for (std::uint32_t unit = 0; unit < 6; ++unit)
        r.add(r.m_timeUnits, timeUnits[static_cast<std::size_t>(languageIndex)][unit], unit);

    static const std::array<std::vector<NumberWord>, 3> numbers{{
        {{"um", 1},          {"uma", 1},         {"dois", 2},        {"duas", 2},       {"três", 3},
         {"quatro", 4},      {"cinco", 5},       {"seis", 6},        {"sete", 7},       {"oito", 8},
         {"nove", 9},        {"dez", 10},        {"onze", 11},       {"doze", 12},      {"treze", 13},
         {"catorze", 14},    {"quatorze", 14},   {"quinze", 15},     {"dezesseis", 16}, {"dezasseis", 16},
         {"dezessete", 17},  {"dezassete", 17},  {"dezoito", 18},    {"dezenove", 19},  {"dezanove", 19},
         {"vinte", 20},      {"trinta", 30},     {"quarenta", 40},   {"cinquenta", 50}, {"sessenta", 60},
         {"setenta", 70},    {"oitenta", 80},    {"noventa", 90},    {"cem", 100}},
        {{"un", 1},          {"uno", 1},         {"una", 1},         {"dos", 2},        {"tres", 3},
         {"cuatro", 4},      {"cinco", 5},       {"seis", 6},        {"siete", 7},      {"ocho", 8},
         {"nueve", 9},       {"diez", 10},       {"once", 11},       {"doce", 12},      {"trece", 13},
         {"catorce", 14},    {"quince", 15},     {"dieciséis", 16},  {"diecisiete", 17}, {"dieciocho", 18},
         {"diecinueve", 19}, {"veinte", 20},     {"veintiuno", 21},  {"veintiún", 21},  {"veintidós", 22},
         {"veintitrés", 23}, {"veinticuatro", 24}, {"veinticinco", 25}, {"veintiséis", 26}, {"veintisiete", 27},
         {"veintiocho", 28}, {"veintinueve", 29}, {"treinta", 30},   {"cuarenta", 40},  {"cincuenta", 50},
         {"sesenta", 60},    {"setenta", 70},    {"ochenta", 80},    {"noventa", 90},   {"cien", 100}},
        {{"a", 1},           {"an", 1},          {"one", 1},         {"two", 2},        {"three", 3},
         {"four", 4},        {"five", 5},        {"six", 6},         {"seven", 7},      {"eight", 8},
         {"nine", 9},        {"ten", 10},        {"eleven", 11},     {"twelve", 12},    {"thirteen", 13},
         {"fourteen", 14},   {"fifteen", 15},    {"sixteen", 16},    {"seventeen", 17}, {"eighteen", 18},
         {"nineteen", 19},   {"twenty", 20},     {"thirty", 30},     {"forty", 40},     {"fifty", 50},
         {"sixty", 60},      {"seventy", 70},    {"eighty", 80},     {"ninety", 90},    {"hundred", 100}},
    }};
    for (const NumberWord& number : numbers[static_cast<std::size_t>(languageIndex)])
        r.add(r.m_numberWords, number.word, static_cast<std::uint32_t>(number.value));

    switch (languageIndex) {
    case 0: // Portuguese
        r.add(r.m_ageUnits, "anos ano meses mês dias");
        r.add(r.m_relativeAfter, "antes depois atrás após");
        r.add(r.m_relativeBefore, "há");
        r.add(r.m_personNouns,
              "homem mulher doente paciente utente criança menino menina rapaz rapariga jovem idoso idosa "
              "senhor senhora lactente adolescente bebé bebê indivíduo");
        r.add(r.m_ageIntroducers, "idade");
        r.add(r.m_valueFillers,
              "de do da dos das em no na com a o era foi é estava sérica sérico séricos séricas "
              "plasmática plasmático total valor valores nível níveis elevada elevado elevados elevadas "
              "aumentada aumentado diminuída diminuído baixa baixo alta alto até cerca máximo máxima "
              "mínimo mínima inicial actual atual sanguínea sanguíneo pico tinha teve pontuação escore "
              "score melhorou subiu desceu caiu baixou normalizou prolongado prolongada para ar ambiente "
              "menor maior inferior superior que");
        r.add(r.m_referenceWords, "normal normais referência ref vr vn intervalo");
        r.add(r.m_respectively, "respectivamente");
        r.add(r.m_listConjunctions, "e");
        r.add(r.m_months,
              "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");
        r.add(r.m_datePrepositions, "em desde");
        r.add(r.m_eventAgePrepositions, "aos os desde até após antes");
        break;
    case 1: // Spanish
        r.add(r.m_ageUnits, "años año meses mes días");
        r.add(r.m_relativeAfter, "antes después atrás previos");
        r.add(r.m_relativeBefore, "hace");
        r.add(r.m_personNouns,
              "varón hombre mujer paciente niño niña joven anciano anciana lactante adolescente señor "
              "señora chico chica bebé neonato individuo");
        r.add(r.m_ageIntroducers, "edad");
        r.add(r.m_valueFillers,
              "de del la el los las en con a era fue es estaba sérica sérico séricos séricas plasmática "
              "plasmático total valor valores nivel niveles cifra cifras elevada elevado elevados elevadas "
              "aumentada aumentado disminuida disminuido baja bajo alta alto hasta cerca máximo máxima "
              "mínimo mínima inicial actual sanguínea sanguíneo pico tenía tuvo puntuación puntaje score "
              "mejoró subió descendió bajó cayó normalizó prolongado prolongada aire ambiente menor mayor "
              "inferior superior que");
        r.add(r.m_referenceWords, "normal normales referencia ref vr vn rango intervalo");
        r.add(r.m_respectively, "respectivamente");
        r.add(r.m_listConjunctions, "y e");
        r.add(r.m_months,
              "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
              "diciembre");
        r.add(r.m_datePrepositions, "en desde");
        r.add(r.m_eventAgePrepositions, "los desde hasta tras antes");
        break;
    default: // English
        r.add(r.m_ageUnits, "years year yr yrs y yo months month days");
        r.add(r.m_relativeAfter, "ago before earlier later after prior previously");
        r.add(r.m_personNouns,
              "man woman male female patient boy girl child infant lady gentleman adolescent baby "
              "newborn neonate individual");
        r.add(r.m_ageIntroducers, "aged age");
        r.add(r.m_valueFillers,
              "of was were is are at to be been level levels count counts value values elevated increased "
              "decreased raised reduced high low serum plasma blood total measured reached peaked peak "
              "about approximately around up initial initially with showed had has have score scores "
              "improved dropped fell rose declined prolonged normalized normalised on room air rest less "
              "greater more than over under");
        r.add(r.m_referenceWords, "normal reference ref range rr uln");
        r.add(r.m_respectively, "respectively");
        r.add(r.m_listConjunctions, "and");
        r.add(r.m_months,
              "january february march april may june july august september october november december jan "
              "feb mar apr jun jul aug sep sept oct nov dec");
        r.add(r.m_datePrepositions, "in on since");
        r.add(r.m_eventAgePrepositions, "at after since from by before until till the");
        break;
    }
    return r;
}

std::optional<int> LanguageRules::numberWord(std::uint64_t token) const
{
    const std::uint32_t* value = m_numberWords.find(token);
    return value && *value > 0 ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<TimeUnit> LanguageRules::timeUnit(std::uint64_t token) const
{
    const std::uint32_t* unit = m_timeUnits.find(token);
    return unit ? std::optional<TimeUnit>(kTimeUnits[*unit]) : std::nullopt;
}

bool LanguageRules::isAgeUnit(std::uint64_t token) const
{
    return m_ageUnits.find(token);
}
bool LanguageRules::isRelativeAfter(std::uint64_t token) const
{
    return m_relativeAfter.find(token);
}
bool LanguageRules::isRelativeBefore(std::uint64_t token) const
{
    return m_relativeBefore.find(token);
}
bool LanguageRules::isPersonNoun(std::uint64_t token) const
{
    return m_personNouns.find(token);
}
bool LanguageRules::isAgeIntroducer(std::uint64_t token) const
{
    return m_ageIntroducers.find(token);
}
bool LanguageRules::isValueFiller(std::uint64_t token) const
{
    return m_valueFillers.find(token);
}
bool LanguageRules::isReferenceWord(std::uint64_t token) const
{
    return m_referenceWords.find(token);
}
bool LanguageRules::isRespectively(std::uint64_t token) const
{
    return m_respectively.find(token);
}
bool LanguageRules::isListConjunction(std::uint64_t token) const
{
    return m_listConjunctions.find(token);
}
bool LanguageRules::isMonth(std::uint64_t token) const
{
    return m_months.find(token);
}
bool LanguageRules::isEventAgePreposition(std::uint64_t token) const
{
    return m_eventAgePrepositions.find(token);
}

bool LanguageRules::isDatePreposition(std::uint64_t token) const
{
    return m_datePrepositions.find(token);
}

} // namespace caselens::findings
