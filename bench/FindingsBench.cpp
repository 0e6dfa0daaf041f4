#include "findings/CompiledLexicons.h"

#include <QCoreApplication>

#include <cstdio>
using namespace caselens::findings;
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto lex = CompiledLexicons::shared();
    std::printf("load %.1f ms terms %zu names %zu triggers %zu problems %lld\n", lex->loadMilliseconds(),
                lex->terms().size(), lex->analyteNames().size(), lex->triggers().size(),
                static_cast<long long>(lex->problems().size()));
    for (auto& p : lex->problems())
        std::printf("  %s\n", qPrintable(p));
    for (int i = 0; i < 3; ++i)
        std::printf("lang %d: terms %zu names %zu trig %zu head %zu abbr %zu\n", i,
                    lex->language(i).terms.phraseCount(), lex->language(i).analyteNames.phraseCount(),
                    lex->language(i).triggers.phraseCount(), lex->language(i).headings.phraseCount(),
                    lex->language(i).abbreviations.size());
    return 0;
}
