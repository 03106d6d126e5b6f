/** Search, page through, read and delete the articles of the corpus. */
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../platform/messaging.ts';
import type { ArticleDetail, ArticleSummary } from '../platform/protocol.ts';
import { formatDate, t, type MessageKey } from '../platform/i18n.ts';
import { errorText } from '../ui/error-text.ts';
import { httpUrl } from '../ui/safe-url.ts';

const PAGE = 20;
const ORIGIN_KEYS: Record<ArticleSummary['origin'], MessageKey> = { seed: 'originSeed', page: 'originPage', import: 'originImport' };

function ArticleRow({ article, onDeleted }: { article: ArticleSummary; onDeleted: () => void }) {
  const [detail, setDetail] = useState<ArticleDetail | null>(null);
  const [error, setError] = useState('');
  const link = httpUrl(article.url);
  const toggle = async () => {
    if (detail) return setDetail(null);
    try {
      setDetail(await askBackground('ui-to-background:get-article', { id: article.id }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = async () => {
    if (!confirm(t('confirmDelete', article.title || t('untitled')))) return;
    try {
      await askBackground('ui-to-background:delete-article', { id: article.id });
      onDeleted();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <li class="article" data-article={article.id}>
      <div class="article-head">
        <span class="article-title" dir="auto">
          {link ? <a href={link} target="_blank" rel="noopener noreferrer">{article.title || t('untitled')}</a> : (article.title || t('untitled'))}
        </span>
        <span class="article-meta">
          <span dir="auto">{article.outlet}</span>
          {article.published && <time>{formatDate(article.published)}</time>}
          <span class="origin">{t(ORIGIN_KEYS[article.origin])}</span>
        </span>
        <span class="article-actions">
          <button type="button" class="open" aria-expanded={!!detail} onClick={toggle}>{detail ? t('closeArticle') : t('openArticle')}</button>
          <button type="button" class="delete" onClick={remove}>{t('deleteArticle')}</button>
        </span>
      </div>
      {error && <p class="message message--error">{error}</p>}
      {detail && <div class="article-text" dir="auto">{detail.text}</div>}
    </li>
  );
}

export function ArticleList({ version, onChange }: { version: number; onChange: () => void }) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [data, setData] = useState<{ total: number; articles: ArticleSummary[] } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      askBackground('ui-to-background:list-articles', { query, offset: page * PAGE, limit: PAGE })
        .then((d) => !cancelled && (setData(d), setError('')))
        .catch((e) => !cancelled && setError(errorText(e)));
    }, query ? 200 : 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, page, version]);

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  return (
    <div class="article-list">
      <label class="search">
        <span>{t('searchLabel')}</span>
        <input type="search" id="article-search" value={query} dir="auto"
          onInput={(e) => { setQuery((e.target as HTMLInputElement).value); setPage(0); }} />
      </label>
      {error && <p class="message message--error">{error}</p>}
      {data && <p class="total" id="article-total" data-total={data.total}>{t('articlesTotal', data.total.toLocaleString(document.documentElement.lang))}</p>}
      {data && data.articles.length === 0 && <p class="empty">{t('noArticles')}</p>}
      <ol class="articles">
        {data?.articles.map((a) => <ArticleRow key={a.id} article={a} onDeleted={onChange} />)}
      </ol>
      {pages > 1 && (
        <nav class="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('prevPage')}</button>
          <span>{t('pageOf', page + 1, pages)}</span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('nextPage')}</button>
        </nav>
      )}
    </div>
  );
}
