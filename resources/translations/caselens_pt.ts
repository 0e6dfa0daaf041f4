<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>FindingCategory</name>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>Sinal vital</translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation>Resultado laboratorial</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicação</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Sintoma</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>Anatomia</translation>
    </message>
    <message>
        <source>Organism</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisto</translation>
    </message>
    <message>
        <source>Teaching-ready</source>
        <translation>Pronto para ensino</translation>
    </message>
</context>
<context>
    <name>TranslationCheck</name>
    <message>
        <source>“%1” is negated in the original but affirmed in the translation (“%2”).</source>
        <translation>“%1” está negado no original mas afirmado na tradução (“%2”).</translation>
    </message>
    <message>
        <source>“%1” is affirmed in the original but negated in the translation (“%2”).</source>
        <translation>“%1” está afirmado no original mas negado na tradução (“%2”).</translation>
    </message>
    <message>
        <source>“%1” is uncertain in the original but stated as certain in the translation (“%2”).</source>
        <translation>“%1” é incerto no original mas dado como certo na tradução (“%2”).</translation>
    </message>
    <message>
        <source>“%1” is certain in the original but uncertain in the translation (“%2”).</source>
        <translation>“%1” é certo no original mas incerto na tradução (“%2”).</translation>
    </message>
    <message>
        <source>Left and right are swapped: “%1” in the original, “%2” in the translation.</source>
        <translation>Esquerda e direita trocadas: “%1” no original, “%2” na tradução.</translation>
    </message>
    <message>
        <source>The value differs: “%1” in the original, “%2” in the translation.</source>
        <translation>O valor difere: “%1” no original, “%2” na tradução.</translation>
    </message>
    <message>
        <source>The value “%1” of the translation is not in the original.</source>
        <translation>O valor “%1” da tradução não está no original.</translation>
    </message>
    <message>
        <source>The value “%1” of the original is missing from the translation.</source>
        <translation>O valor “%1” do original falta na tradução.</translation>
    </message>
    <message>
        <source>The translation gives “%2” a unit (%3) that is not the usual unit of the original&apos;s “%1” (%4).</source>
        <translation>A tradução dá a “%2” uma unidade (%3) que não é a unidade habitual de “%1” no original (%4).</translation>
    </message>
    <message>
        <source>The unit differs: “%1” in the original, “%2” in the translation, and the values are not equivalent.</source>
        <translation>A unidade difere: “%1” no original, “%2” na tradução, e os valores não são equivalentes.</translation>
    </message>
    <message>
        <source>“%1” is written alike in both texts but reads as %2 in the original and %3 in the translation.</source>
        <translation>“%1” está escrito igual nos dois textos mas lê-se %2 no original e %3 na tradução.</translation>
    </message>
    <message>
        <source>“%1” in the translation reads as %2 there; the original says %3 (the translation kept the original&apos;s digit grouping).</source>
        <translation>“%1” na tradução lê-se %2; o original diz %3 (a tradução manteve o agrupamento de dígitos do original).</translation>
    </message>
    <message>
        <source>“%1” is written in another language&apos;s number format; it was read as %2 because %3 is implausible here.</source>
        <translation>“%1” está escrito no formato numérico de outra língua; foi lido como %2 porque %3 não é plausível aqui.</translation>
    </message>
    <message>
        <source>The vertebral level differs: “%1” in the original, “%2” in the translation.</source>
        <translation>O nível vertebral difere: “%1” no original, “%2” na tradução.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polaridade</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>Lateralidade</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>Omissão</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Acréscimo</translation>
    </message>
    <message>
        <source>Terminology</source>
        <translation>Terminologia</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Não traduzido</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Formato numérico</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>This sentence of the original has no counterpart in the translation.</source>
        <translation>Esta frase do original não tem correspondente na tradução.</translation>
    </message>
    <message>
        <source>This sentence of the translation has no counterpart in the original.</source>
        <translation>Esta frase da tradução não tem correspondente no original.</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not known %3 names; did you mean “%4”?</source>
        <translation>“%1” e “%2” não são nomes conhecidos de %3; queria dizer “%4”?</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 name; did you mean “%3”?</source>
        <translation>“%1” não é um nome conhecido de %2; queria dizer “%3”?</translation>
    </message>
    <message>
        <source>“%1” is left in the language of the original.</source>
        <translation>“%1” ficou na língua do original.</translation>
    </message>
    <message>
        <source>Case %1 has no translation to check.</source>
        <translation>O caso %1 não tem tradução para verificar.</translation>
    </message>
</context>
<context>
    <name>caselens::ui::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;CaseLens %1&lt;/h2&gt;&lt;p&gt;Review clinical case reports side by side with their translation: findings, annotations and teaching cases, all kept on this computer.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 (public domain)&lt;/li&gt;&lt;li&gt;spdlog and {fmt} (MIT)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CaseLens %1&lt;/h2&gt;&lt;p&gt;Reveja relatos de casos clínicos lado a lado com a respetiva tradução: achados, anotações e casos de ensino, tudo guardado neste computador.&lt;/p&gt;&lt;h3&gt;Desenvolvido com&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 (domínio público)&lt;/li&gt;&lt;li&gt;spdlog e {fmt} (MIT)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Dados&lt;/h3&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CaseLens</source>
        <translation>Acerca do CaseLens</translation>
    </message>
</context>
<context>
    <name>caselens::ui::AnnotationDialog</name>
    <message>
        <source>&amp;Kind of error:</source>
        <translation>&amp;Tipo de erro:</translation>
    </message>
    <message>
        <source>Case Note</source>
        <translation>Nota do caso</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Comment (Ctrl+Enter to save)</source>
        <translation>Comentário (Ctrl+Enter para guardar)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentário:</translation>
    </message>
</context>
<context>
    <name>caselens::ui::AnnotationListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>caselens::ui::AnnotationsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation>CaseLens</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Adicionar nota…</translation>
    </message>
    <message>
        <source>Notes about the whole case: questions for learners, teaching points.</source>
        <translation>Notas sobre o caso no seu todo: perguntas para estudantes, pontos de ensino.</translation>
    </message>
    <message>
        <source>Select text and press M (or Ctrl+M) to annotate it.</source>
        <translation>Selecione texto e prima M (ou Ctrl+M) para o anotar.</translation>
    </message>
</context>
<context>
    <name>caselens::ui::CaseListDelegate</name>
    <message>
        <source>QA %1</source>
        <translation>QA %1</translation>
    </message>
</context>
<context>
    <name>caselens::ui::CaseListModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Translation check: score %1; %2 critical, %3 major, %4 minor issues</source>
        <translation>Verificação da tradução: pontuação %1; problemas críticos: %2, maiores: %3, menores: %4</translation>
    </message>
</context>
<context>
    <name>caselens::ui::CaseWorkspace</name>
    <message>
        <source>This case has no translation yet.</source>
        <translation>Este caso ainda não tem tradução.</translation>
    </message>
    <message>
        <source>No more findings below.</source>
        <translation>Não há mais achados abaixo.</translation>
    </message>
    <message>
        <source>No more findings above.</source>
        <translation>Não há mais achados acima.</translation>
    </message>
    <message>
        <source>Put the cursor on a finding first (J and K move between findings).</source>
        <translation>Coloque primeiro o cursor num achado (J e K passam de um achado para outro).</translation>
    </message>
    <message>
        <source>Select the words of the missing finding first.</source>
        <translation>Selecione primeiro as palavras do achado em falta.</translation>
    </message>
    <message>
        <source>Select some text in the original or the translation first, then press M.</source>
        <translation>Selecione primeiro algum texto no original ou na tradução e, depois, prima M.</translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation>CaseLens</translation>
    </message>
    <message>
        <source>Select the words to add to the lexicon first.</source>
        <translation>Selecione primeiro as palavras a acrescentar ao léxico.</translation>
    </message>
    <message>
        <source>Add to Lexicon</source>
        <translation>Acrescentar ao léxico</translation>
    </message>
    <message>
        <source>“%1” is a (in %2 texts of this library):</source>
        <translation>“%1” é (em textos em %2 desta biblioteca):</translation>
    </message>
    <message>
        <source>Added “%1” to the lexicon; the library&apos;s cases are being updated.</source>
        <translation>“%1” foi acrescentado ao léxico; os casos da biblioteca estão a ser atualizados.</translation>
    </message>
</context>
<context>
    <name>caselens::ui::CategoryLegend</name>
    <message>
        <source>Show or hide %1 highlights</source>
        <translation>Mostrar ou ocultar os realces de %1</translation>
    </message>
    <message>
        <source>&lt;s&gt;negated&lt;/s&gt; · &lt;u&gt;uncertain&lt;/u&gt; (dotted) · ↑↓ abnormal · wavy: no counterpart</source>
        <translation>&lt;s&gt;negado&lt;/s&gt; · &lt;u&gt;incerto&lt;/u&gt; (pontilhado) · ↑↓ anormal · ondulado: sem correspondência</translation>
    </message>
</context>
<context>
    <name>caselens::ui::DocumentPane</name>
    <message>
        <source> (unit assumed)</source>
        <translation> (unidade presumida)</translation>
    </message>
    <message>
        <source>↑ above the reference range</source>
        <translation>↑ acima do intervalo de referência</translation>
    </message>
    <message>
        <source>↓ below the reference range</source>
        <translation>↓ abaixo do intervalo de referência</translation>
    </message>
    <message>
        <source>within the reference range</source>
        <translation>dentro do intervalo de referência</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incerto</translation>
    </message>
    <message>
        <source>past history</source>
        <translation>antecedentes</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>hipotético</translation>
    </message>
    <message>
        <source>about someone else</source>
        <translation>relativo a outra pessoa</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
</context>
<context>
    <name>caselens::ui::ExportDialog</name>
    <message>
        <source>Print Case</source>
        <translation>Imprimir caso</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Pré-&amp;visualizar impressão…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>&amp;Open the Result</source>
        <translation>&amp;Abrir o resultado</translation>
    </message>
    <message>
        <source>Exported %1 of %2 cases…</source>
        <translation>Exportados %1 de %2 casos…</translation>
    </message>
    <message>
        <source>This &amp;case</source>
        <translation>Este &amp;caso</translation>
    </message>
    <message>
        <source>Cases with s&amp;tatus:</source>
        <translation>Casos com o es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;All cases (%1)</source>
        <translation>&amp;Todos os casos (%1)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>PDF — annotated document</source>
        <translation>PDF — documento anotado</translation>
    </message>
    <message>
        <source>HTML — the same, one file</source>
        <translation>HTML — o mesmo, num só ficheiro</translation>
    </message>
    <message>
        <source>JSON — the whole case, for CaseLens</source>
        <translation>JSON — o caso inteiro, para o CaseLens</translation>
    </message>
    <message>
        <source>CSV — the findings table</source>
        <translation>CSV — a tabela de achados</translation>
    </message>
    <message>
        <source>brat — .txt + .ann per language</source>
        <translation>brat — .txt + .ann por língua</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Side by side, aligned by sentence</source>
        <translation>Lado a lado, alinhados por frase</translation>
    </message>
    <message>
        <source>One after the other</source>
        <translation>Um a seguir ao outro</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposição:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamanho da página:</translation>
    </message>
    <message>
        <source>&amp;Teaching version: the diagnosis on an answer page</source>
        <translation>Versão de &amp;ensino: o diagnóstico numa página de respostas</translation>
    </message>
    <message>
        <source>&amp;De-identify: shift dates, mask names, places, numbers</source>
        <translation>&amp;Desidentificar: deslocar datas, ocultar nomes, locais, números</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Era</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Passa a</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Nothing to change was found. Read the texts anyway: names written without a title or a hospital word can slip through.</source>
        <translation>Não foi encontrado nada a alterar. Leia os textos mesmo assim: nomes escritos sem título ou sem a palavra hospital podem escapar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be made; check them before exporting.</source>
        <translation>
            <numerusform>Será feita %n alteração; verifique-a antes de exportar.</numerusform>
            <numerusform>Serão feitas %n alterações; verifique-as antes de exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 cases.</source>
        <translation>A mostrar os primeiros %1 de %2 casos.</translation>
    </message>
    <message>
        <source>No case to export: none matches.</source>
        <translation>Nenhum caso a exportar: nenhum corresponde.</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Escolha uma pasta para onde exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n case(s)…</source>
        <translation>
            <numerusform>A exportar %n caso…</numerusform>
            <numerusform>A exportar %n casos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n caso exportado para %1.</numerusform>
            <numerusform>%n casos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the cases done so far are there.</source>
        <translation>Parado antes do fim: os casos já feitos estão lá.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Localizar no texto</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Correspondência seguinte (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Pesquisa recomeçada no outro extremo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindingDialog</name>
    <message>
        <source>&amp;Negated (the text says it is absent)</source>
        <translation>&amp;Negado (o texto diz que está ausente)</translation>
    </message>
    <message>
        <source>&amp;Uncertain (possible, suggestive of…)</source>
        <translation>&amp;Incerto (possível, sugestivo de…)</translation>
    </message>
    <message>
        <source>Use the &amp;selected text as the finding&apos;s span</source>
        <translation>Usar o texto &amp;selecionado como segmento do achado</translation>
    </message>
    <message>
        <source>Add Finding</source>
        <translation>Adicionar achado</translation>
    </message>
    <message>
        <source>Correct Finding</source>
        <translation>Corrigir achado</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>UCUM, e.g. mg/dL, 10*9/L, %</source>
        <translation>UCUM, p. ex. mg/dL, 10*9/L, %</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindingsPanel</name>
    <message>
        <source>Abnormal only</source>
        <translation>Apenas anormais</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Aceitar (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Rejeitar (R)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigir…</translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindingsTableModel</name>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposto</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigido</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sem %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nenhuma —</translation>
    </message>
</context>
<context>
    <name>caselens::ui::FolderImportRunner</name>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing Cases</source>
        <translation>A importar casos</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>A parar após o lote atual…</translation>
    </message>
    <message>
        <source>Imported %1 of %2 cases…</source>
        <translation>Importados %1 de %2 casos…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselens::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n caso importado</numerusform>
            <numerusform>%n casos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the library</source>
        <translation>
            <numerusform>; %n já estava na biblioteca</numerusform>
            <numerusform>; %n já estavam na biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) could not be imported</source>
        <translation>
            <numerusform>; não foi possível importar %n ficheiro</numerusform>
            <numerusform>; não foi possível importar %n ficheiros</numerusform>
        </translation>
    </message>
    <message>
        <source>. The import was cancelled; the cases imported before that were kept</source>
        <translation>. A importação foi cancelada; os casos importados até esse momento foram mantidos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>caselens::ui::LibraryPanel</name>
    <message>
        <source>Abnormal values</source>
        <translation>Valores anormais</translation>
    </message>
    <message>
        <source>Search both languages…</source>
        <translation>Pesquisar nos dois idiomas…</translation>
    </message>
    <message>
        <source>Words (accents ignored), &quot;a phrase&quot;, prefix*, a OR b, -word. Ctrl+L</source>
        <translation>Palavras (acentos ignorados), &quot;uma expressão&quot;, prefixo*, a OR b, -palavra. Ctrl+L</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>Qualquer achado</translation>
    </message>
    <message>
        <source>Only cases with a value flagged high or low</source>
        <translation>Apenas casos com um valor assinalado como alto ou baixo</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualquer etiqueta</translation>
    </message>
</context>
<context>
    <name>caselens::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n case(s) in the library</source>
        <translation>
            <numerusform>%n caso na biblioteca</numerusform>
            <numerusform>%n casos na biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding clinical findings: %1 of %2 cases…</source>
        <translation>A identificar achados clínicos: %1 de %2 casos…</translation>
    </message>
    <message>
        <source>Some cases could not be analysed: %1</source>
        <translation>Não foi possível analisar alguns casos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Findings are up to date in %n case(s).</source>
        <translation>
            <numerusform>Os achados estão atualizados em %n caso.</numerusform>
            <numerusform>Os achados estão atualizados em %n casos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no cases yet.

Import a case report with File ▸ Import Case… (Ctrl+O), a folder of them with File ▸ Import Folder… (Ctrl+Shift+O), or from a terminal:

  caselens-cli --db &quot;%1&quot; import REPORT.txt --translation TRANSLATION.txt</source>
        <translation>Esta biblioteca ainda não tem casos.

Importe um relato de caso com Ficheiro ▸ Importar caso… (Ctrl+O), uma pasta de relatos com Ficheiro ▸ Importar pasta… (Ctrl+Shift+O) ou a partir de um terminal:

  caselens-cli --db &quot;%1&quot; import RELATO.txt --translation TRADUCAO.txt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Achados (%1)</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Anotações (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation>&amp;Importar caso…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find in Text…</source>
        <translation>&amp;Localizar no texto…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;seguinte</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisão</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Anotar seleção…</translation>
    </message>
    <message>
        <source>Add Case &amp;Note…</source>
        <translation>Adicionar &amp;nota ao caso…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Finding</source>
        <translation>Achado &amp;seguinte</translation>
    </message>
    <message>
        <source>Pre&amp;vious Finding</source>
        <translation>Achado anter&amp;ior</translation>
    </message>
    <message>
        <source>A&amp;ccept Finding</source>
        <translation>A&amp;ceitar achado</translation>
    </message>
    <message>
        <source>R&amp;eject Finding</source>
        <translation>&amp;Rejeitar achado</translation>
    </message>
    <message>
        <source>Rese&amp;t Finding to Proposed</source>
        <translation>Re&amp;por achado como proposto</translation>
    </message>
    <message>
        <source>C&amp;orrect Finding…</source>
        <translation>C&amp;orrigir achado…</translation>
    </message>
    <message>
        <source>Add &amp;Finding from Selection…</source>
        <translation>Adicionar achado a partir da se&amp;leção…</translation>
    </message>
    <message>
        <source>Review &amp;Status…</source>
        <translation>Es&amp;tado da revisão…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Repor a&amp;mpliação</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>&amp;Deslocamento sincronizado</translation>
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation>Painel da &amp;biblioteca</translation>
    </message>
    <message>
        <source>Review &amp;Panels</source>
        <translation>&amp;Painéis de revisão</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Case</source>
        <translation>Caso &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Previous Case</source>
        <translation>Caso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>Pesquisar na &amp;biblioteca</translation>
    </message>
    <message>
        <source>&amp;Original Text</source>
        <translation>Texto o&amp;riginal</translation>
    </message>
    <message>
        <source>&amp;Translation Text</source>
        <translation>Texto da &amp;tradução</translation>
    </message>
    <message>
        <source>Other &amp;Pane</source>
        <translation>Outro &amp;painel</translation>
    </message>
    <message>
        <source>&amp;Findings Table</source>
        <translation>Tabela de a&amp;chados</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>An&amp;otações</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About CaseLens</source>
        <translation>Acerca do &amp;CaseLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca do &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — CaseLens</source>
        <translation>%1 — CaseLens</translation>
    </message>
    <message>
        <source>Saved ✓ %1</source>
        <translation>Guardado ✓ %1</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Ficheiros de texto (*.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Import Case: Original Report</source>
        <translation>Importar caso: relato original</translation>
    </message>
    <message>
        <source>Import Case: Translation (Cancel for none)</source>
        <translation>Importar caso: tradução (Cancelar se não houver)</translation>
    </message>
    <message>
        <source>This case was already in the library.</source>
        <translation>Este caso já estava na biblioteca.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Caso “%1” importado.</translation>
    </message>
    <message>
        <source>Import a Folder of Cases</source>
        <translation>Importar uma pasta de casos</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n case(s) added.</source>
        <translation>
            <numerusform>Importação concluída: %n caso adicionado.</numerusform>
            <numerusform>Importação concluída: %n casos adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation>CaseLens</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Add Selection to the &amp;Lexicon…</source>
        <translation>Acrescentar a seleção ao &amp;léxico…</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Translation check: does the translation say what the original says?</source>
        <translation>Verificação da tradução: a tradução diz o que o original diz?</translation>
    </message>
    <message>
        <source>QA (%1)</source>
        <translation>QA (%1)</translation>
    </message>
    <message>
        <source>Translation &amp;Check</source>
        <translation>&amp;Verificação da tradução</translation>
    </message>
</context>
<context>
    <name>caselens::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>Recorded with every change you make, in the case&apos;s history.</source>
        <translation>Registado com cada alteração que fizer, no histórico do caso.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>Annotation &amp;labels
(one per line):</source>
        <translation>&amp;Rótulos das anotações
(um por linha):</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Cores:</translation>
    </message>
    <message>
        <source>Language and colours take effect when CaseLens starts again.</source>
        <translation>O idioma e as cores aplicam-se quando o CaseLens for reiniciado.</translation>
    </message>
</context>
<context>
    <name>caselens::ui::QaIssueListModel</name>
    <message>
        <source>(dismissed) %1</source>
        <translation>(descartado) %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Tradução: %1</translation>
    </message>
</context>
<context>
    <name>caselens::ui::QaPanel</name>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Anotar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Mostrar descartados</translation>
    </message>
    <message>
        <source>Make the issue a “Translation error” annotation (A)</source>
        <translation>Fazer do problema uma anotação “Erro de tradução” (A)</translation>
    </message>
    <message>
        <source>Not an error: stop reporting it for this case (D)</source>
        <translation>Não é um erro: deixar de o assinalar neste caso (D)</translation>
    </message>
    <message>
        <source>This case has no translation to check.</source>
        <translation>Este caso não tem tradução para verificar.</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>Nenhum caso aberto.</translation>
    </message>
    <message>
        <source>Score %1 · %2 critical · %3 major · %4 minor</source>
        <translation>Pontuação %1 · críticos: %2 · maiores: %3 · menores: %4</translation>
    </message>
    <message>
        <source> · %1 dismissed</source>
        <translation> · %1 descartados</translation>
    </message>
    <message>
        <source>The translation says what the original says, as far as the check can tell.</source>
        <translation>A tradução diz o que o original diz, tanto quanto a verificação consegue ver.</translation>
    </message>
    <message>
        <source>MQM-style score: 100 − (10 per critical, 5 per major, 1 per minor issue) × 100 / words of the translation</source>
        <translation>Pontuação à maneira do MQM: 100 − (10 por problema crítico, 5 por maior, 1 por menor) × 100 / palavras da tradução</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Repor</translation>
    </message>
</context>
<context>
    <name>caselens::ui::ReviewBar</name>
    <message>
        <source>Review status (saved at once; Ctrl+Z undoes)</source>
        <translation>Estado da revisão (guardado de imediato; Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Tags (Enter saves)</source>
        <translation>Etiquetas (Enter guarda)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation>CaseLens</translation>
    </message>
</context>
<context>
    <name>caselens::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
</TS>
