// Sentence boundaries that survive the abbreviations, decimals and codes of case reports.

#include "FindingsTestSupport.h"
#include "findings/SentenceSplitter.h"
#include "findings/TextFolder.h"

#include <QTest>

using namespace caselens::findings;

class TestSentenceSplitter : public QObject {
    Q_OBJECT
private:
    static QStringList split(const QString& text, const QString& language)
    {
        const auto lexicons = testsupport::fixtureLexicons();
        const std::vector<Token> tokens = Tokenizer::tokenize(text);
        std::vector<SentenceBounds> sentences;
        SentenceSplitter::split(text, tokens, lexicons->language(CompiledLexicons::languageIndex(language)),
                                sentences);
        QStringList out;
        for (const SentenceBounds& sentence : sentences)
            out.append(text.mid(sentence.start, sentence.end - sentence.start));
        return out;
    }

private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("genus initials") << "en"
                                        << "E. coli was isolated. S. aureus too."
                                        << testsupport::strings({"E. coli was isolated.", "S. aureus too."});
        QTest::newRow("unit before full stop")
            << "es"
            << "Hb 9,9 g/dl. Creatinina 0,8." << testsupport::strings({"Hb 9,9 g/dl.", "Creatinina 0,8."});
        QTest::newRow("abbreviated unit in the list still ends before a capital")
            << "es"
            << "Glucosa 90 mg/dl. Normal." << testsupport::strings({"Glucosa 90 mg/dl.", "Normal."});
        QTest::newRow("title") << "en"
                               << "Seen by Dr. Smith today. He improved."
                               << testsupport::strings({"Seen by Dr. Smith today.", "He improved."});
        QTest::newRow("vertebral level")
            << "en"
            << "Disc at L5-S1. Next one." << testsupport::strings({"Disc at L5-S1.", "Next one."});
        QTest::newRow("decimals") << "en"
                                  << "Temperature 37.5 today. Fine."
                                  << testsupport::strings({"Temperature 37.5 today.", "Fine."});
        QTest::newRow("c/c") << "pt"
                             << "TAC de abdómen c/c: discreta efusão."
                             << testsupport::strings({"TAC de abdómen c/c: discreta efusão."});
        QTest::newRow("initials") << "en"
                                  << "Reviewed by J. R. Smith in clinic."
                                  << testsupport::strings({"Reviewed by J. R. Smith in clinic."});
        QTest::newRow("title then initial")
            << "en"
            << "Seen by Dr. J. Smith." << testsupport::strings({"Seen by Dr. J. Smith."});
        QTest::newRow("letter ending a sentence")
            << "en"
            << "Infected by hepatitis B. Then he improved."
            << testsupport::strings({"Infected by hepatitis B.", "Then he improved."});
        QTest::newRow("lines") << "en"
                               << "Diagnosis\nSeptic shock"
                               << testsupport::strings({"Diagnosis", "Septic shock"});
        QTest::newRow("wrapped line")
            << "en"
            << "The pain was\nintense." << testsupport::strings({"The pain was\nintense."});
        QTest::newRow("paragraph") << "en"
                                   << "the end\n\nand more" << testsupport::strings({"the end", "and more"});
        QTest::newRow("etc before a capital")
            << "en"
            << "Fever, cough etc. Then rest." << testsupport::strings({"Fever, cough etc.", "Then rest."});
        QTest::newRow("two-word abbreviation")
            << "en"
            << "As Smith et al. reported." << testsupport::strings({"As Smith et al. reported."});
        QTest::newRow("es two-word abbreviation")
            << "es"
            << "Signos, p. ej. fiebre." << testsupport::strings({"Signos, p. ej. fiebre."});
        QTest::newRow("question and closing bracket")
            << "en"
            << "Sepsis? (Yes.) Then." << testsupport::strings({"Sepsis?", "(Yes.)", "Then."});
        QTest::newRow("number starts a sentence")
            << "es"
            << "Tenía fiebre. 2 horas después."
            << testsupport::strings({"Tenía fiebre.", "2 horas después."});
    }
    void splits()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QCOMPARE(split(text, language), sentences);
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
