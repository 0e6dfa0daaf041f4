#include "NamePlaceFinder.h"

#include <QRegularExpression>
#include <QSet>

namespace caselens {
namespace {

constexpr int kPriority = 2;
// An institution's name may hold what looks like a date ("Hospital 12 de Octubre"): it wins.
constexpr int kInstitutionPriority = 5;

const QString kParticles = QStringLiteral("de|da|do|dos|das|del|la|las|los|el|y|i|e|van|von|of|the");

// Capitalised words that follow a title or a hospital word without being a name.
const QSet<QString>& notNames()
{
    static const QSet<QString> words{
        QStringLiteral("The"),
        QStringLiteral("A"),
        QStringLiteral("An"),
        QStringLiteral("This"),
        QStringLiteral("Our"),
        QStringLiteral("General"),
        QStringLiteral("University"),
        QStringLiteral("Teaching"),
        QStringLiteral("Local"),
        QStringLiteral("Regional"),
        QStringLiteral("District"),
        QStringLiteral("Community"),
        QStringLiteral("County"),
        QStringLiteral("State"),
        QStringLiteral("Day"),
        QStringLiteral("El"),
        QStringLiteral("La"),
        QStringLiteral("O"),
        QStringLiteral("Os"),
        QStringLiteral("Um"),
        QStringLiteral("Uma"),
        QStringLiteral("Un"),
        QStringLiteral("Una"),
        QStringLiteral("Dr"),
        QStringLiteral("Dra"),
        QStringLiteral("Mr"),
        QStringLiteral("Mrs"),
        QStringLiteral("Ms"),
        QStringLiteral("Sr"),
        QStringLiteral("Sra"),
        QStringLiteral("Prof"),
        // Headings that follow "Patient" in English reports.
        QStringLiteral("History"),
        QStringLiteral("Information"),
        QStringLiteral("Consent"),
        QStringLiteral("Perspective"),
        QStringLiteral("Presentation"),
        QStringLiteral("Data"),
        QStringLiteral("Education"),
        QStringLiteral("Care"),
        QStringLiteral("Safety"),
        QStringLiteral("Outcome"),
        QStringLiteral("Outcomes"),
        QStringLiteral("Characteristics"),
        QStringLiteral("Demographics"),
        QStringLiteral("Details"),
        QStringLiteral("Description"),
    };
    return words;
}

QStringList cities()
{
    return {
        // Portugal
        QStringLiteral("Lisboa"),
        QStringLiteral("Lisbon"),
        QStringLiteral("Porto"),
        QStringLiteral("Oporto"),
        QStringLiteral("Coimbra"),
        QStringLiteral("Braga"),
        QStringLiteral("Faro"),
        QStringLiteral("Funchal"),
        QStringLiteral("Aveiro"),
        QStringLiteral("Évora"),
        QStringLiteral("Viseu"),
        QStringLiteral("Setúbal"),
        QStringLiteral("Guimarães"),
        QStringLiteral("Leiria"),
        QStringLiteral("Amadora"),
        QStringLiteral("Almada"),
        // Spain
        QStringLiteral("Madrid"),
        QStringLiteral("Barcelona"),
        QStringLiteral("Valencia"),
        QStringLiteral("València"),
        QStringLiteral("Sevilla"),
        QStringLiteral("Seville"),
        QStringLiteral("Zaragoza"),
        QStringLiteral("Málaga"),
        QStringLiteral("Murcia"),
        QStringLiteral("Palma de Mallorca"),
        QStringLiteral("Bilbao"),
        QStringLiteral("Alicante"),
        QStringLiteral("Córdoba"),
        QStringLiteral("Valladolid"),
        QStringLiteral("Vigo"),
        QStringLiteral("Gijón"),
        QStringLiteral("Granada"),
        QStringLiteral("Salamanca"),
        QStringLiteral("Santander"),
        QStringLiteral("Pamplona"),
        QStringLiteral("Oviedo"),
        QStringLiteral("Toledo"),
        QStringLiteral("Cádiz"),
        QStringLiteral("Badajoz"),
        QStringLiteral("Albacete"),
        QStringLiteral("Logroño"),
        QStringLiteral("Burgos"),
        QStringLiteral("A Coruña"),
        QStringLiteral("La Coruña"),
        QStringLiteral("Santiago de Compostela"),
        QStringLiteral("San Sebastián"),
        QStringLiteral("Donostia"),
        QStringLiteral("Tenerife"),
        QStringLiteral("Las Palmas de Gran Canaria"),
        QStringLiteral("Vitoria"),
        QStringLiteral("Huelva"),
        QStringLiteral("Almería"),
        QStringLiteral("Jaén"),
        QStringLiteral("Lleida"),
        QStringLiteral("Girona"),
        QStringLiteral("Tarragona"),
        QStringLiteral("Castellón"),
        QStringLiteral("Cáceres"),
        QStringLiteral("Lugo"),
        QStringLiteral("Ourense"),
        QStringLiteral("Pontevedra"),
        QStringLiteral("Huesca"),
        QStringLiteral("Teruel"),
        // Latin America, Africa, elsewhere
        QStringLiteral("São Paulo"),
        QStringLiteral("Rio de Janeiro"),
        QStringLiteral("Belo Horizonte"),
        QStringLiteral("Brasília"),
        QStringLiteral("Recife"),
        QStringLiteral("Fortaleza"),
        QStringLiteral("Curitiba"),
        QStringLiteral("Porto Alegre"),
        QStringLiteral("Manaus"),
        QStringLiteral("Belém"),
        QStringLiteral("Luanda"),
        QStringLiteral("Maputo"),
        QStringLiteral("Praia"),
        QStringLiteral("Bissau"),
        QStringLiteral("Buenos Aires"),
        QStringLiteral("Montevideo"),
        QStringLiteral("Santiago de Chile"),
        QStringLiteral("Lima"),
        QStringLiteral("Bogotá"),
        QStringLiteral("Medellín"),
        QStringLiteral("Cali"),
        QStringLiteral("Caracas"),
        QStringLiteral("Quito"),
        QStringLiteral("Guayaquil"),
        QStringLiteral("La Paz"),
        QStringLiteral("Asunción"),
        QStringLiteral("Ciudad de México"),
        QStringLiteral("Mexico City"),
        QStringLiteral("Guadalajara"),
        QStringLiteral("Monterrey"),
        QStringLiteral("La Habana"),
        QStringLiteral("Havana"),
        QStringLiteral("San José"),
        QStringLiteral("Panamá"),
        QStringLiteral("London"),
        QStringLiteral("Londres"),
        QStringLiteral("Paris"),
        QStringLiteral("París"),
        QStringLiteral("New York"),
        QStringLiteral("Nueva York"),
        QStringLiteral("Boston"),
        QStringLiteral("Miami"),
        QStringLiteral("Roma"),
        QStringLiteral("Rome"),
        QStringLiteral("Berlin"),
        QStringLiteral("Berlín"),
    };
}

struct Patterns {
    QRegularExpression titled;
    QRegularExpression patient;
    QRegularExpression institution;
    QRegularExpression englishInstitution;
    QRegularExpression city;

    Patterns()
    {
        const auto options = QRegularExpression::UseUnicodePropertiesOption;
        // A capitalised word (any letters after the capital) or an initial with its dot.
        const QString word = QStringLiteral("(?:\\p{Lu}[\\p{L}'’-]*\\p{L}|\\p{Lu}\\.)");
        const QString name = QStringLiteral("%1(?:\\s+(?:(?:%2)\\s+)?%1){0,3}").arg(word, kParticles);
        const QString strictWord = QStringLiteral("\\p{Lu}\\p{Ll}+");
        const QString strictName =
            QStringLiteral("(?:%1(?:\\s+(?:(?:%2)\\s+)?%1){0,3}|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.){1,3})")
                .arg(strictWord, kParticles);
        titled = QRegularExpression(
            QStringLiteral(
                "\\b(?:Dr|Dra|Drª|Dres|Sr|Sra|Srª|Srta|Sres|Mr|Mrs|Ms|Miss|Mx|Prof|Profa|Profª|Dña|Doña|"
                "Don|Dom|Enf|Enfª)(?:\\.|\\b)\\s*(%1)")
                .arg(name),
            options);
        patient = QRegularExpression(
            QStringLiteral("\\b(?:[Pp]aciente|[Pp]atient|[Dd]oente|[Uu]tente|[Ee]nferm[oa]|"
                           "[Ll]lamad[oa]|[Cc]hamad[oa]|named|called)\\s+(%1)")
                .arg(strictName),
            options);
        // No dots: "Hospital Santa Maria. O doente" ends at "Maria".
        const QString placeWord = QStringLiteral("(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,2}\\s+de\\s+\\p{Lu}\\p{L}+)");
        institution = QRegularExpression(
            QStringLiteral("\\b(?:[Hh]ospital(?:ar)?|[Hh]osp\\.|[Cc]l[íi]nica|[Pp]olicl[íi]nica|[Ss]anatorio|"
                           "[Ss]anatório|[Cc]entro [Hh]ospitalar|[Cc]omplejo [Hh]ospitalario|"
                           "[Cc]omplexo [Hh]ospitalar|[Cc]entro de [Ss]a[úu]de|[Cc]entro de [Ss]alud|"
                           "[Uu]nidade [Ll]ocal de [Ss]aúde|[Ii]nstituto|[Cc]l[íi]nic)"
                           "(?:\\s+(?:(?:%1)\\s+)*%2)+")
                .arg(kParticles, placeWord),
            options);
        englishInstitution = QRegularExpression(
            QStringLiteral(
                "\\b((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4})(?:Hospital|Clinic|Infirmary|Medical Cent(?:er|re)|"
                "Health Cent(?:er|re))\\b"),
            options);
        QStringList escaped;
        for (const QString& place : cities())
            escaped << QRegularExpression::escape(place);
        city =
            QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(escaped.join(QLatin1Char('|'))), options);
    }
};

const Patterns& patterns()
{
    static thread_local const Patterns instance;
    return instance;
}

QString keyOf(const QString& text)
{
    return text.simplified().toLower();
}

bool onlyGenericWords(const QString& words)
{
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (!notNames().contains(part))
            return false;
    return true;
}

} // namespace

QList<DetectedSpan> NamePlaceFinder::find(const QString& text) const
{
    const Patterns& p = patterns();
    QList<DetectedSpan> found;
    const auto add = [&](DeidKind kind, qsizetype start, qsizetype end, int priority = kPriority) {
        QString surface = text.mid(start, end - start);
        // A name group may swallow the dot that ends a sentence after an initial-less word.
        while (surface.endsWith(QLatin1Char('.')) &&
               !(surface.size() >= 2 && surface[surface.size() - 2].isUpper())) {
            surface.chop(1);
            --end;
        }
        if (surface.isEmpty())
            return;
        found << DetectedSpan{kind, int(start), int(end), {}, keyOf(surface), priority};
    };
    for (auto it = p.titled.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!notNames().contains(m.captured(1).section(QLatin1Char(' '), 0, 0)))
            add(DeidKind::Name, m.capturedStart(1), m.capturedEnd(1));
    }
    for (auto it = p.patient.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!notNames().contains(m.captured(1).section(QLatin1Char(' '), 0, 0)))
            add(DeidKind::Name, m.capturedStart(1), m.capturedEnd(1));
    }
    for (auto it = p.institution.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(DeidKind::Place, m.capturedStart(0), m.capturedEnd(0), kInstitutionPriority);
    }
    for (auto it = p.englishInstitution.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!onlyGenericWords(m.captured(1).simplified()))
            add(DeidKind::Place, m.capturedStart(0), m.capturedEnd(0), kInstitutionPriority);
    }
    for (auto it = p.city.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(DeidKind::Place, m.capturedStart(0), m.capturedEnd(0));
    }
    return found;
}

QStringList NamePlaceFinder::distinctiveWords(const QString& name)
{
    static const QRegularExpression particles(QStringLiteral("^(?:%1)$").arg(kParticles),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList words;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 4 || word.endsWith(QLatin1Char('.')) || !word[0].isUpper() ||
            notNames().contains(word) || particles.match(word).hasMatch())
            continue;
        words << word;
    }
    return words;
}

} // namespace caselens
