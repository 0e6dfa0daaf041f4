<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>CaseFormat</name>
    <message>
        <source>finding %1 belongs to a document the case does not have</source>
        <translation>o achado %1 pertence a um documento que o caso não tem</translation>
    </message>
    <message>
        <source>finding %1 (%2-%3) is outside its text</source>
        <translation>o achado %1 (%2-%3) está fora do seu texto</translation>
    </message>
    <message>
        <source>finding %1 has an unknown category &apos;%2&apos;</source>
        <translation>o achado %1 tem uma categoria desconhecida &apos;%2&apos;</translation>
    </message>
    <message>
        <source>finding %1 has no valid span</source>
        <translation>o achado %1 não tem um segmento válido</translation>
    </message>
    <message>
        <source>not a CaseLens case file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>não é um ficheiro de caso do CaseLens (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the case file has no valid version</source>
        <translation>o ficheiro de caso não tem uma versão válida</translation>
    </message>
    <message>
        <source>the case file is version %1, from a newer CaseLens (this one reads up to %2)</source>
        <translation>o ficheiro de caso é da versão %1, de um CaseLens mais recente (este lê até à versão %2)</translation>
    </message>
    <message>
        <source>a document has no text or no language</source>
        <translation>um documento não tem texto ou não tem língua</translation>
    </message>
    <message>
        <source>the case has no original document</source>
        <translation>o caso não tem documento original</translation>
    </message>
    <message>
        <source>a link points at a finding that is not in the file</source>
        <translation>uma ligação aponta para um achado que não está no ficheiro</translation>
    </message>
    <message>
        <source>an annotation has no valid span</source>
        <translation>uma anotação não tem um segmento válido</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON inválido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>not a CaseLens case file</source>
        <translation>não é um ficheiro de caso do CaseLens</translation>
    </message>
</context>
<context>
    <name>Deidentifier</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Age over 89</source>
        <translation>Idade acima de 89</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>case %1 has no original text</source>
        <translation>o caso %1 não tem texto original</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>caso %1: %2</translation>
    </message>
    <message>
        <source>no folder to export to</source>
        <translation>nenhuma pasta para onde exportar</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 não é uma pasta</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>não é possível escrever em %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível escrever %1: %2</translation>
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
        <source>[Diagnosis: see the answer page]</source>
        <translation>[Diagnóstico: ver a página de respostas]</translation>
    </message>
    <message>
        <source>↑ high</source>
        <translation>↑ alto</translation>
    </message>
    <message>
        <source>↓ low</source>
        <translation>↓ baixo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (presumida)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sem título</translation>
    </message>
    <message>
        <source>Teaching case</source>
        <translation>Caso de ensino</translation>
    </message>
    <message>
        <source>Teaching case · %1</source>
        <translation>Caso de ensino · %1</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>last changed %1, exported %2</source>
        <translation>alterado em %1, exportado em %2</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportado em %1</translation>
    </message>
    <message>
        <source>Translation check</source>
        <translation>Verificação da tradução</translation>
    </message>
    <message>
        <source>score %1 of 100 · %2 critical, %3 major, %4 minor issue(s) open</source>
        <translation>pontuação %1 em 100 · problemas em aberto — críticos: %2, maiores: %3, menores: %4</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>on the answer page</source>
        <translation>na página de respostas</translation>
    </message>
    <message>
        <source>Teaching version: the final diagnosis, the words that name it and the teaching points are on the answer page at the end.</source>
        <translation>Versão de ensino: o diagnóstico final, as palavras que o designam e os pontos de ensino estão na página de respostas, no fim.</translation>
    </message>
    <message numerus="yes">
        <source>De-identified: dates shifted by a fixed number of days; names, places, identifiers and phone numbers replaced by placeholders such as [NAME-1]; ages over 89 given as 90 or more (%n change(s)).</source>
        <translation>
            <numerusform>Desidentificado: datas deslocadas um número fixo de dias; nomes, locais, identificadores e números de telefone substituídos por marcadores como [NAME-1]; idades acima de 89 apresentadas como 90 ou mais (%n alteração).</numerusform>
            <numerusform>Desidentificado: datas deslocadas um número fixo de dias; nomes, locais, identificadores e números de telefone substituídos por marcadores como [NAME-1]; idades acima de 89 apresentadas como 90 ou mais (%n alterações).</numerusform>
        </translation>
    </message>
    <message>
        <source>The findings were proposed by the findings engine; no reviewer has checked them yet.</source>
        <translation>Os achados foram propostos pelo motor de deteção de achados; ainda nenhum revisor os verificou.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Tradução (%1)</translation>
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
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>No diagnosis section (&quot;Diagnosis:&quot;, &quot;Diagnóstico:&quot;, &quot;Juicio clínico&quot;) was found in this case, so nothing was hidden from its text.</source>
        <translation>Não foi encontrada neste caso nenhuma secção de diagnóstico (&quot;Diagnosis:&quot;, &quot;Diagnóstico:&quot;, &quot;Juicio clínico&quot;), pelo que nada foi ocultado do seu texto.</translation>
    </message>
    <message>
        <source>Exported from CaseLens on %1</source>
        <translation>Exportado do CaseLens em %1</translation>
    </message>
    <message>
        <source>teaching version</source>
        <translation>versão de ensino</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>desidentificado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>negado</translation>
    </message>
    <message>
        <source> absent or ruled out · </source>
        <translation> ausente ou excluído · </translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incerto</translation>
    </message>
    <message>
        <source> suspected · ↑ ↓ outside the reference range · text</source>
        <translation> suspeito · ↑ ↓ fora do intervalo de referência · texto</translation>
    </message>
    <message>
        <source> annotation</source>
        <translation> anotação</translation>
    </message>
    <message>
        <source> on the answer page</source>
        <translation> na página de respostas</translation>
    </message>
    <message>
        <source>(not in the original)</source>
        <translation>(não está no original)</translation>
    </message>
    <message>
        <source>(not in the translation)</source>
        <translation>(não está na tradução)</translation>
    </message>
    <message>
        <source>Answer page</source>
        <translation>Página de respostas</translation>
    </message>
    <message>
        <source>Final diagnosis</source>
        <translation>Diagnóstico final</translation>
    </message>
    <message>
        <source>Findings that name the diagnosis</source>
        <translation>Achados que designam o diagnóstico</translation>
    </message>
    <message>
        <source>Teaching points</source>
        <translation>Pontos de ensino</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notas do caso</translation>
    </message>
    <message>
        <source>TEACHING CASE</source>
        <translation>CASO DE ENSINO</translation>
    </message>
    <message>
        <source>CLINICAL CASE REPORT</source>
        <translation>RELATO DE CASO CLÍNICO</translation>
    </message>
    <message>
        <source>Questions for discussion</source>
        <translation>Perguntas para discussão</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sem achados.</translation>
    </message>
    <message>
        <source>the page is too small for its margins</source>
        <translation>a página é demasiado pequena para as suas margens</translation>
    </message>
    <message>
        <source>cannot start drawing the document</source>
        <translation>não é possível começar a desenhar o documento</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>não é possível iniciar a página %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>cannot finish the document</source>
        <translation>não é possível concluir o documento</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>o PDF ficou vazio</translation>
    </message>
    <message>
        <source>Legend  </source>
        <translation>Legenda  </translation>
    </message>
</context>
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
    <name>FindingState</name>
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
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1: %2 rows ignored (first: &quot;%3&quot;)</source>
        <translation>%1: %2 linhas ignoradas (primeira: &quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>a text-bound annotation needs an id, a label with offsets, and the text</source>
        <translation>uma anotação ligada ao texto precisa de um id, de um rótulo com posições e do texto</translation>
    </message>
    <message>
        <source>no offsets after the label</source>
        <translation>sem posições a seguir ao rótulo</translation>
    </message>
    <message>
        <source>the offsets &apos;%1&apos; are not a span inside the text</source>
        <translation>as posições &apos;%1&apos; não são um segmento dentro do texto</translation>
    </message>
    <message>
        <source>%1 says “%2” but the text there reads “%3”; is this the .ann of another text?</source>
        <translation>%1 diz “%2”, mas o texto nesse ponto diz “%3”; será este o .ann de outro texto?</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: CaseLens reads %2.</source>
        <translation>Língua desconhecida &apos;%1&apos;: o CaseLens lê %2.</translation>
    </message>
    <message>
        <source>Cannot tell which language %1 is in; give it with --lang or --translation-lang.</source>
        <translation>Não é possível determinar a língua de %1; indique-a com --lang ou --translation-lang.</translation>
    </message>
    <message>
        <source>The translation %1 is in the same language as the original (%2); give the right one with --lang / --translation-lang.</source>
        <translation>A tradução %1 está na mesma língua que o original (%2); indique a correta com --lang / --translation-lang.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: a pasta não existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: o ficheiro ou pasta não existe.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;.</source>
        <translation>Língua desconhecida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>a brat .ann file without its .txt</source>
        <translation>um ficheiro .ann do brat sem o respetivo .txt</translation>
    </message>
    <message>
        <source>has texts in %1; say which is the original with --original-lang</source>
        <translation>tem textos em %1; indique qual é o original com --original-lang</translation>
    </message>
    <message>
        <source>%1: cannot tell its language; name it NAME.pt.txt, NAME.es.txt or NAME.en.txt.</source>
        <translation>%1: não é possível determinar a língua; dê-lhe o nome NOME.pt.txt, NOME.es.txt ou NOME.en.txt.</translation>
    </message>
    <message>
        <source>%1: labels with no CaseLens category were left out: %2</source>
        <translation>%1: os rótulos sem categoria do CaseLens foram deixados de fora: %2</translation>
    </message>
    <message>
        <source>%1: the translation is in the same language as the original (%2).</source>
        <translation>%1: a tradução está na mesma língua que o original (%2).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-16 text.</source>
        <translation>%1 não é texto UTF-16 válido.</translation>
    </message>
    <message>
        <source>%1 was UTF-16; converted to UTF-8.</source>
        <translation>%1 estava em UTF-16; foi convertido para UTF-8.</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not a text file.</source>
        <translation>%1 parece ser um ficheiro binário, não um ficheiro de texto.</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Latin-1 text; save it as UTF-8 and try again.</source>
        <translation>%1 não é texto UTF-8 nem Latin-1; guarde-o como UTF-8 e tente novamente.</translation>
    </message>
    <message>
        <source>%1 was not UTF-8; read it as Latin-1 (Windows-1252) and converted it.</source>
        <translation>%1 não estava em UTF-8; foi lido como Latin-1 (Windows-1252) e convertido.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 had Windows line ends; converted them.</source>
        <translation>%1 tinha fins de linha do Windows; foram convertidos.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: o ficheiro não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 é uma pasta, não um ficheiro de texto.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um ficheiro normal.</translation>
    </message>
    <message>
        <source>%1 is too large for a case report (%2 MB; the limit is %3 MB).</source>
        <translation>%1 é demasiado grande para um relato de caso (%2 MB; o limite é %3 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>LibraryMaintenance</name>
    <message>
        <source>The demo case file %1 is missing from this build: %2</source>
        <translation>O ficheiro do caso de demonstração %1 não está incluído nesta compilação: %2</translation>
    </message>
    <message>
        <source>The demo library is missing from this build.</source>
        <translation>A biblioteca de demonstração não está incluída nesta compilação.</translation>
    </message>
    <message>
        <source>Demo cases: the septic-shock case is CaseLens&apos;s own. Four Spanish cases and their English machine translations come from the CodiEsp corpus (CLEF eHealth 2020, Barcelona Supercomputing Center, doi:10.5281/zenodo.3693570), used under CC BY 4.0 without changes.</source>
        <translation>Casos de demonstração: o caso de choque séptico é do próprio CaseLens. Quatro casos em espanhol e as respetivas traduções automáticas para inglês provêm do corpus CodiEsp (CLEF eHealth 2020, Barcelona Supercomputing Center, doi:10.5281/zenodo.3693570), utilizados ao abrigo da licença CC BY 4.0, sem alterações.</translation>
    </message>
    <message>
        <source>The backup cannot be the library itself.</source>
        <translation>A cópia de segurança não pode ser a própria biblioteca.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 é uma pasta; dê um nome de ficheiro à cópia de segurança.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Não é possível escrever em %1.</translation>
    </message>
    <message>
        <source>%1: no such backup file.</source>
        <translation>%1: o ficheiro da cópia de segurança não existe.</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to the library.</source>
        <translation>Não é possível copiar %1 para junto da biblioteca.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Não é possível restaurar %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not restored: %2</source>
        <translation>%1 está danificado e não foi restaurado: %2</translation>
    </message>
    <message>
        <source>The backup was made by an older CaseLens and was updated while restoring.</source>
        <translation>A cópia de segurança foi feita por uma versão anterior do CaseLens e foi atualizada durante o restauro.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current library could not be saved first (%1).</source>
        <translation>Nada foi restaurado: não foi possível guardar primeiro a biblioteca atual (%1).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Add annotation “%1”</source>
        <translation>Adicionar a anotação “%1”</translation>
    </message>
    <message>
        <source>Edit annotation “%1”</source>
        <translation>Editar a anotação “%1”</translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translation>Eliminar a anotação “%1”</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>Aceitar “%1”</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Rejeitar “%1”</translation>
    </message>
    <message>
        <source>Correct “%1”</source>
        <translation>Corrigir “%1”</translation>
    </message>
    <message>
        <source>Reset “%1”</source>
        <translation>Repor “%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Alterar “%1”</translation>
    </message>
    <message>
        <source>There is no annotation %1 in this case.</source>
        <translation>Não existe nenhuma anotação %1 neste caso.</translation>
    </message>
    <message>
        <source>There is no finding %1 in this case.</source>
        <translation>Não existe nenhum achado %1 neste caso.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Set status to %1</source>
        <translation>Mudar o estado para %1</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Alterar as etiquetas</translation>
    </message>
    <message>
        <source>Add finding “%1”</source>
        <translation>Adicionar o achado “%1”</translation>
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
    <name>Storage</name>
    <message>
        <source>save the sentence alignment</source>
        <translation>guardar o alinhamento de frases</translation>
    </message>
    <message>
        <source>read the sentence alignment</source>
        <translation>ler o alinhamento de frases</translation>
    </message>
    <message>
        <source>An annotation needs a label.</source>
        <translation>Uma anotação precisa de um rótulo.</translation>
    </message>
    <message>
        <source>check the annotation</source>
        <translation>verificar a anotação</translation>
    </message>
    <message>
        <source>Document %1 does not belong to case %2.</source>
        <translation>O documento %1 não pertence ao caso %2.</translation>
    </message>
    <message>
        <source>The span %1-%2 is outside the text (0-%3).</source>
        <translation>O segmento %1-%2 está fora do texto (0-%3).</translation>
    </message>
    <message>
        <source>save the annotation</source>
        <translation>guardar a anotação</translation>
    </message>
    <message>
        <source>delete the annotation</source>
        <translation>eliminar a anotação</translation>
    </message>
    <message>
        <source>read the annotation</source>
        <translation>ler a anotação</translation>
    </message>
    <message>
        <source>There is no annotation %1 in this library.</source>
        <translation>Não existe nenhuma anotação %1 nesta biblioteca.</translation>
    </message>
    <message>
        <source>read the annotations</source>
        <translation>ler as anotações</translation>
    </message>
    <message>
        <source>record the change in the case&apos;s history</source>
        <translation>registar a alteração no histórico do caso</translation>
    </message>
    <message>
        <source>restore the case&apos;s history</source>
        <translation>restaurar o histórico do caso</translation>
    </message>
    <message>
        <source>read the case&apos;s history</source>
        <translation>ler o histórico do caso</translation>
    </message>
    <message>
        <source>look up the case</source>
        <translation>procurar o caso</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>guardar o caso</translation>
    </message>
    <message>
        <source>save the case&apos;s text</source>
        <translation>guardar o texto do caso</translation>
    </message>
    <message>
        <source>save the case&apos;s tags</source>
        <translation>guardar as etiquetas do caso</translation>
    </message>
    <message>
        <source>A case needs an original text.</source>
        <translation>Um caso precisa de um texto original.</translation>
    </message>
    <message>
        <source>open the case</source>
        <translation>abrir o caso</translation>
    </message>
    <message>
        <source>There is no case %1 in this library.</source>
        <translation>Não existe nenhum caso %1 nesta biblioteca.</translation>
    </message>
    <message>
        <source>open the case&apos;s texts</source>
        <translation>abrir os textos do caso</translation>
    </message>
    <message>
        <source>open the case&apos;s tags</source>
        <translation>abrir as etiquetas do caso</translation>
    </message>
    <message>
        <source>list the cases</source>
        <translation>listar os casos</translation>
    </message>
    <message>
        <source>count the cases</source>
        <translation>contar os casos</translation>
    </message>
    <message>
        <source>change the review status</source>
        <translation>alterar o estado da revisão</translation>
    </message>
    <message>
        <source>change the tags</source>
        <translation>alterar as etiquetas</translation>
    </message>
    <message>
        <source>rename the case</source>
        <translation>mudar o nome do caso</translation>
    </message>
    <message>
        <source>delete the case</source>
        <translation>eliminar o caso</translation>
    </message>
    <message>
        <source>list the tags</source>
        <translation>listar as etiquetas</translation>
    </message>
    <message>
        <source>search the library</source>
        <translation>pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>read the findings</source>
        <translation>ler os achados</translation>
    </message>
    <message>
        <source>read the finding</source>
        <translation>ler o achado</translation>
    </message>
    <message>
        <source>There is no finding %1 in this library.</source>
        <translation>Não existe nenhum achado %1 nesta biblioteca.</translation>
    </message>
    <message>
        <source>save the finding</source>
        <translation>guardar o achado</translation>
    </message>
    <message>
        <source>update the findings</source>
        <translation>atualizar os achados</translation>
    </message>
    <message>
        <source>save the findings</source>
        <translation>guardar os achados</translation>
    </message>
    <message>
        <source>look for cases to analyse</source>
        <translation>procurar casos para analisar</translation>
    </message>
    <message>
        <source>read the document</source>
        <translation>ler o documento</translation>
    </message>
    <message>
        <source>There is no document %1 in this library.</source>
        <translation>Não existe nenhum documento %1 nesta biblioteca.</translation>
    </message>
    <message>
        <source>update the links between languages</source>
        <translation>atualizar as ligações entre línguas</translation>
    </message>
    <message>
        <source>read the links between languages</source>
        <translation>ler as ligações entre línguas</translation>
    </message>
    <message>
        <source>delete the finding</source>
        <translation>eliminar o achado</translation>
    </message>
    <message>
        <source>Add a word to search for: a word with &apos;-&apos; or NOT only leaves cases out.</source>
        <translation>Acrescente uma palavra a pesquisar: uma palavra com &apos;-&apos; ou NOT apenas exclui casos.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Não é possível abrir a biblioteca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CaseLens library (it is not an SQLite database).</source>
        <translation>%1 não é uma biblioteca do CaseLens (não é uma base de dados SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database made by another program, not a CaseLens library. It was left untouched.</source>
        <translation>%1 é uma base de dados SQLite criada por outro programa, não uma biblioteca do CaseLens. Foi deixada intacta.</translation>
    </message>
    <message>
        <source>Updated the library from schema %1 to %2; the previous version was saved as %3.</source>
        <translation>A biblioteca foi atualizada do esquema %1 para o %2; a versão anterior foi guardada como %3.</translation>
    </message>
    <message>
        <source>%1 is a folder; a library is a file (for example library.caselens).</source>
        <translation>%1 é uma pasta; uma biblioteca é um ficheiro (por exemplo, library.caselens).</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>Não existe nenhuma biblioteca em %1.</translation>
    </message>
    <message>
        <source>start saving</source>
        <translation>começar a guardar</translation>
    </message>
    <message>
        <source>save</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconhecido</translation>
    </message>
    <message>
        <source>record the author</source>
        <translation>registar o autor</translation>
    </message>
    <message>
        <source>Could not record the author.</source>
        <translation>Não foi possível registar o autor.</translation>
    </message>
    <message>
        <source>read the library settings</source>
        <translation>ler as definições da biblioteca</translation>
    </message>
    <message>
        <source>save the library settings</source>
        <translation>guardar as definições da biblioteca</translation>
    </message>
    <message>
        <source>read the dismissed issues</source>
        <translation>ler os problemas descartados</translation>
    </message>
    <message>
        <source>A dismissed issue needs its key.</source>
        <translation>Um problema descartado precisa da sua chave.</translation>
    </message>
    <message>
        <source>check the case</source>
        <translation>verificar o caso</translation>
    </message>
    <message>
        <source>dismiss the issue</source>
        <translation>descartar o problema</translation>
    </message>
    <message>
        <source>That issue of case %1 was not dismissed.</source>
        <translation>Esse problema do caso %1 não tinha sido descartado.</translation>
    </message>
    <message>
        <source>restore the issue</source>
        <translation>repor o problema</translation>
    </message>
    <message>
        <source>save the translation check&apos;s score</source>
        <translation>guardar a pontuação da verificação da tradução</translation>
    </message>
    <message>
        <source>read the translation check&apos;s score</source>
        <translation>ler a pontuação da verificação da tradução</translation>
    </message>
    <message>
        <source>This library was made by a newer version of CaseLens (library schema %1; this version reads up to %2). It was left untouched: please update CaseLens.</source>
        <translation>Esta biblioteca foi criada por uma versão mais recente do CaseLens (esquema da biblioteca %1; esta versão lê até ao %2). Foi deixada intacta: atualize o CaseLens.</translation>
    </message>
    <message>
        <source>The library was not updated because a backup could not be made first: %1</source>
        <translation>A biblioteca não foi atualizada porque não foi possível fazer primeiro uma cópia de segurança: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>A migração %1 não está incluída nesta compilação.</translation>
    </message>
    <message>
        <source>Updating the library to schema %1 failed and was undone: %2</source>
        <translation>A atualização da biblioteca para o esquema %1 falhou e foi anulada: %2</translation>
    </message>
    <message>
        <source>Could not %1: the library is busy in another CaseLens window or process. Nothing was changed; try again in a moment.</source>
        <translation>Não foi possível %1: a biblioteca está ocupada noutra janela ou processo do CaseLens. Nada foi alterado; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full.</source>
        <translation>Não foi possível %1: o disco está cheio.</translation>
    </message>
    <message>
        <source>Could not %1: the library is read-only.</source>
        <translation>Não foi possível %1: a biblioteca é só de leitura.</translation>
    </message>
    <message>
        <source>Could not %1 (database error: %2).</source>
        <translation>Não foi possível %1 (erro da base de dados: %2).</translation>
    </message>
    <message>
        <source>read the library&apos;s header</source>
        <translation>ler o cabeçalho da biblioteca</translation>
    </message>
    <message>
        <source>open the library</source>
        <translation>abrir a biblioteca</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle; cannot run migrations.</source>
        <translation>O controlador SQLite não expõe o seu identificador interno; não é possível executar as migrações.</translation>
    </message>
    <message>
        <source>Could not update the library&apos;s structure: %1</source>
        <translation>Não foi possível atualizar a estrutura da biblioteca: %1</translation>
    </message>
    <message>
        <source>record the library&apos;s version</source>
        <translation>registar a versão da biblioteca</translation>
    </message>
    <message>
        <source>read the library</source>
        <translation>ler a biblioteca</translation>
    </message>
    <message>
        <source>mark the library</source>
        <translation>marcar a biblioteca</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle; cannot back up.</source>
        <translation>O controlador SQLite não expõe o seu identificador interno; não é possível fazer a cópia de segurança.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Não foi possível escrever a cópia de segurança: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Não foi possível escrever a cópia de segurança em %1.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle; cannot restore.</source>
        <translation>O controlador SQLite não expõe o seu identificador interno; não é possível restaurar.</translation>
    </message>
    <message>
        <source>The library is busy in another CaseLens window or process; close it and restore again.</source>
        <translation>A biblioteca está ocupada noutra janela ou processo do CaseLens; feche-a e volte a restaurar.</translation>
    </message>
    <message>
        <source>The library could not be restored: %1</source>
        <translation>Não foi possível restaurar a biblioteca: %1</translation>
    </message>
    <message>
        <source>check the library</source>
        <translation>verificar a biblioteca</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of %3.</source>
        <translation>A linha %1 da tabela %2 aponta para uma linha inexistente de %3.</translation>
    </message>
    <message>
        <source>Could not %1: the database driver is not SQLite.</source>
        <translation>Não foi possível %1: o controlador da base de dados não é o SQLite.</translation>
    </message>
    <message>
        <source>read your lexicon terms</source>
        <translation>ler os seus termos do léxico</translation>
    </message>
    <message>
        <source>A lexicon term cannot be empty.</source>
        <translation>Um termo do léxico não pode estar vazio.</translation>
    </message>
    <message>
        <source>save the lexicon term</source>
        <translation>guardar o termo do léxico</translation>
    </message>
    <message>
        <source>delete the lexicon term</source>
        <translation>eliminar o termo do léxico</translation>
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
