// The explorer page: lists the bundled articles and shows the chosen one.
'use strict';
(async function () {
  const status = document.getElementById('status');
  const list = document.getElementById('articles');
  const view = document.getElementById('article');
  const tx = await TextExplorer.load();

  function show(article) {
    const analysis = tx.analyze(article.text, { date: article.published || undefined });
    view.replaceChildren();
    for (const [start, end] of analysis.sentences) {
      const span = document.createElement('span');
      span.className = 'sentence';
      span.textContent = article.text.slice(start, end);
      view.append(span);
    }
    status.textContent = `${article.title} — ${analysis.sentences.length} phrases`;
  }

  for (const article of TextExplorerArticles) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.textContent = article.title;
    button.addEventListener('click', () => show(article));
    item.append(button);
    list.append(item);
  }
  if (TextExplorerArticles.length) show(TextExplorerArticles[0]);
})().catch((error) => {
  document.getElementById('status').textContent = 'Erreur : ' + error.message;
});
