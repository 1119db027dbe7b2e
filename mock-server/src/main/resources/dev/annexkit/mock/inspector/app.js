// AnnexKit inspector: plain JavaScript, no framework, no build step, nothing loaded from elsewhere.
//
// Safety rules this file keeps:
//  * Every piece of data is rendered as text (textContent / text nodes via el()); nothing is ever parsed as
//    markup, so a member named <img src=x onerror=...> shows as those characters. The CSP forbids inline script.
//  * The admin token comes from the page's fragment (#token=...), which browsers never send to a server, and
//    goes out only as "Authorization: Bearer" on the mock's own admin routes.
//  * Every POST carries "Content-Type: application/json" and a JSON body, as the admin API requires.
(() => {
  'use strict';

  const API = '/__admin/annexkit/';
  const POLL_MS = 2500;

  const state = {
    tab: 'members',
    q: '',
    page: 1,
    size: 25,
    sort: null,
    dir: 'asc',
    selected: null,
    rewardNames: {},
    sorts: {},
    busy: false,
  };

  // ---- plumbing ------------------------------------------------------------------------------------------

  const $ = (id) => document.getElementById(id);

  /** The page's fragment: {@code #token=...} (the admin token), optionally {@code tab=requests}, {@code member=<id>}. */
  function fragment(name) {
    return new URLSearchParams(location.hash.replace(/^#/, '')).get(name);
  }

  const token = () => fragment('token');

  class ApiError extends Error {
    constructor(status, body) {
      super(body && body.errorMessage ? body.errorMessage : 'HTTP ' + status);
      this.status = status;
      this.body = body;
    }
  }

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    const t = token();
    if (t) headers.Authorization = 'Bearer ' + t;
    const init = { method, headers, cache: 'no-store', credentials: 'omit' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body || {});
    }
    let res;
    try {
      res = await fetch(API + path, init);
    } catch (e) {
      banner('Cannot reach the mock. Is it still running?');
      throw e;
    }
    let data = null;
    try { data = await res.json(); } catch (e) { /* not JSON */ }
    if (res.status === 401 || res.status === 403) {
      banner(t
        ? 'The mock refused the admin token in this page\'s address (#token=…). Check the token it printed at start-up.'
        : 'This mock is protected by an admin token. Open the page as /__admin/annexkit/ui/#token=YOUR_TOKEN '
          + '(the mock prints the token when it starts).');
      throw new ApiError(res.status, data);
    }
    banner(null);
    if (!res.ok) throw new ApiError(res.status, data);
    return data;
  }

  /** Builds an element; strings and numbers among the children become text nodes, never markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v == null || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
        else if (k === 'dataset') Object.assign(node.dataset, v);
        else if (k === 'style') Object.assign(node.style, v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat(Infinity)) {
      if (c == null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function banner(text) {
    const b = $('banner');
    b.hidden = !text;
    b.textContent = text || '';
  }

  function toast(text, isError) {
    const t = el('div', { class: 'toast' + (isError ? ' error' : '') }, text);
    $('toasts').append(t);
    setTimeout(() => t.remove(), isError ? 6000 : 3000);
  }

  const num = (n) => (n == null ? '–' : Number(n).toLocaleString('en-US'));
  const time = (iso) => (iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '–');
  const day = (iso) => (iso ? iso.slice(0, 10) : '–');
  const pill = (text, kind, title) => el('span', { class: 'pill' + (kind ? ' ' + kind : ''), title }, text);
  const mono = (text) => el('span', { class: 'mono' }, text);

  function localTime(iso) {
    if (!iso) return '–';
    const d = new Date(iso);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + '.' + pad(d.getMilliseconds(), 3);
  }

  const shown = {};

  /**
   * True when a view's data differs from what it shows now. Live refresh re-renders only then, so a row being
   * clicked, selected text or a half-typed rejection reason survives the polling.
   */
  function changed(view, data) {
    const text = JSON.stringify(data);
    if (shown[view] === text) return false;
    shown[view] = text;
    return true;
  }

  const plural = (n, one, many) => num(n) + ' ' + (n === 1 ? one : many);

  function fullName(m) {
    return [m.firstName, m.lastName].filter(Boolean).join(' ');
  }

  // ---- sortable tables -----------------------------------------------------------------------------------

  /**
   * Renders rows into a table. Columns: {key, label, num, sort: row => value (or false), render: row => node}.
   * Client-side sorting unless opts.server gives {sort, dir, onSort} (the members list sorts on the server).
   */
  function renderTable(table, columns, rows, opts = {}) {
    const id = table.id;
    const server = opts.server;
    const current = server ? { key: server.sort, dir: server.dir } : (state.sorts[id] || opts.defaultSort || {});
    const head = el('tr', null, columns.map((c) => {
      const sortable = c.sort !== false;
      const active = current.key === c.key;
      const arrow = el('span', { class: 'arrow' }, active ? (current.dir === 'desc' ? '▼' : '▲') : '');
      return el('th', {
        class: [c.num ? 'num' : '', sortable ? 'sortable' : ''].join(' ').trim() || null,
        title: sortable ? 'Sort by ' + c.label.toLowerCase() : null,
        'aria-sort': active ? (current.dir === 'desc' ? 'descending' : 'ascending') : null,
        on: sortable ? { click: () => {
          const dir = active && current.dir === 'asc' ? 'desc' : 'asc';
          if (server) { server.onSort(c.key, dir); return; }
          state.sorts[id] = { key: c.key, dir };
          renderTable(table, columns, rows, opts);
        } } : null,
      }, c.label, arrow);
    }));
    let shown = rows;
    if (!server && current.key) {
      const col = columns.find((c) => c.key === current.key);
      const value = (col && typeof col.sort === 'function') ? col.sort : (r) => r[current.key];
      shown = rows.slice().sort((a, b) => compare(value(a), value(b)) * (current.dir === 'desc' ? -1 : 1));
    }
    const body = el('tbody', null, shown.length === 0
      ? el('tr', { class: 'empty-row' }, el('td', { colspan: columns.length }, opts.empty || 'Nothing here.'))
      : shown.map((r) => {
        const key = opts.rowKey ? opts.rowKey(r) : null;
        return el('tr', {
          class: key != null && key === opts.selected ? 'selected' : null,
          dataset: key != null ? { key } : null,
          on: opts.onRowClick ? { click: () => opts.onRowClick(r) } : null,
        }, columns.map((c) => el('td', { class: [c.num ? 'num' : '', c.cls || ''].join(' ').trim() || null },
          c.render ? c.render(r) : (r[c.key] == null ? '–' : String(r[c.key])))));
      }));
    table.replaceChildren(el('thead', null, head), body);
  }

  function compare(a, b) {
    if (a == null && b == null) return 0;
    if (a == null) return 1;
    if (b == null) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
  }

  // ---- header: overview and controls ---------------------------------------------------------------------

  async function loadOverview() {
    const o = await call('GET', 'overview');
    $('site').textContent = o.siteName ? o.siteName + ' (' + o.siteId + ')' : o.siteId;
    $('clock').textContent = time(o.now) + ' UTC';
    $('validation').textContent = (o.validation || '').toLowerCase();
    $('count-members').textContent = num(o.members);
    $('count-rewards').textContent = num(o.rewards);
    const receipts = $('count-receipts');
    receipts.textContent = o.pendingReceipts ? num(o.pendingReceipts) : '';
    receipts.classList.toggle('alert', o.pendingReceipts > 0);
  }

  function twoStep(button, action) {
    let timer = null;
    const label = button.textContent;
    const restore = () => { button.classList.remove('confirming'); button.textContent = label; timer = null; };
    button.addEventListener('click', async () => {
      if (!timer) {
        button.classList.add('confirming');
        button.textContent = button.dataset.confirm;
        timer = setTimeout(restore, 4000);
        return;
      }
      clearTimeout(timer);
      restore();
      button.disabled = true;
      try { await action(); } finally { button.disabled = false; }
    });
  }

  async function control(path, body, message) {
    try {
      await call('POST', path, body);
      toast(message);
    } catch (e) {
      toast(e.message, true);
    }
    await refresh(true);
  }

  // ---- members -------------------------------------------------------------------------------------------

  const MEMBER_COLUMNS = [
    { key: 'id', label: 'Member', cls: 'ellipsis id-cell',
      render: (m) => [el('strong', { title: m.id }, m.id),
        m.email && m.email !== m.id ? el('span', { class: 'cell-sub', title: m.email }, m.email) : null,
        m.status !== 'ACTIVE' ? el('span', { class: 'cell-sub' }, pill(m.status.toLowerCase(), 'warn')) : null] },
    { key: 'name', label: 'Name', cls: 'ellipsis name-cell', render: (m) => fullName(m) || el('span', { class: 'muted' }, '–') },
    { key: 'tier', label: 'Tier', sort: false, render: (m) => (m.tier ? pill(m.tier, 'accent') : '–') },
    { key: 'available', label: 'Points', num: true, sort: false, render: (m) => num(m.available) },
  ];

  async function loadMembers() {
    const params = new URLSearchParams({ q: state.q, page: state.page, size: state.size });
    if (state.sort) { params.set('sort', state.sort); params.set('dir', state.dir); }
    const r = await call('GET', 'members?' + params);
    if (r.pages > 0 && state.page > r.pages) {
      state.page = r.pages;
      return loadMembers();
    }
    if (!changed('members', r)) return;
    renderTable($('members-table'), MEMBER_COLUMNS, r.members, {
      server: { sort: state.sort, dir: state.dir, onSort: (key, dir) => { state.sort = key; state.dir = dir; state.page = 1; loadMembers(); } },
      rowKey: (m) => m.id,
      selected: state.selected,
      onRowClick: (m) => {
        selectMember(m.id);
        // one column below 1100px: bring the details into view
        if (window.innerWidth <= 1100) $('member-detail').scrollIntoView({ block: 'start' });
      },
      empty: state.q ? 'No member matches “' + state.q + '”.' : 'No members yet.',
    });
    $('page-info').textContent = r.total === 0 ? '0 members'
      : 'Page ' + num(r.page) + ' of ' + num(r.pages) + ' · ' + num(r.total) + (r.total === 1 ? ' member' : ' members');
    $('page-prev').disabled = r.page <= 1;
    $('page-next').disabled = r.page >= r.pages;
    if (!state.selected && r.members.length > 0 && !state.q) selectMember(r.members[0].id);
  }

  function selectMember(id) {
    state.selected = id;
    for (const tr of $('members-table').querySelectorAll('tbody tr')) {
      tr.classList.toggle('selected', tr.dataset.key === id);
    }
    loadMember();
  }

  async function loadMember() {
    const box = $('member-detail');
    const id = state.selected;
    if (!id) return;
    let d;
    try {
      d = await call('GET', 'member?id=' + encodeURIComponent(id));
    } catch (e) {
      if (e.status === 404 && id === state.selected && changed('member', null)) {
        box.replaceChildren(el('p', { class: 'empty', id: 'member-gone' }, 'Member “' + id + '” does not exist (any more).'));
      }
      return;
    }
    if (id !== state.selected || !changed('member', d)) return;
    box.replaceChildren(memberView(d));
  }

  function memberView(d) {
    const m = d.member;
    const b = d.balance;
    const pills = [pill(m.status.toLowerCase(), m.status === 'ACTIVE' ? 'ok' : 'warn'), pill('opt-in ' + m.optInStatus.toLowerCase(), m.optInStatus === 'YES' ? 'info' : null)];
    if (m.deletionScheduledAt) pills.push(pill('deletion ' + time(m.deletionScheduledAt), 'bad'));
    return el('div', { dataset: { member: m.id } },
      el('div', { class: 'detail-head' },
        el('div', null,
          el('h2', { id: 'detail-name' }, fullName(m) || m.id),
          el('div', { class: 'sub' }, m.id, m.email && m.email !== m.id ? ' · ' + m.email : '')),
        el('div', null, pills)),
      el('div', { class: 'detail-body' },
        el('div', { class: 'balance' },
          stat('Available', b.available, 'main', 'balance-available'),
          stat('On hold', b.hold), stat('Used', b.used), stat('Expired', b.expired), stat('Lifetime', b.lifetime)),
        balanceBar(b),
        tierView(d.tier, b),
        el('dl', { class: 'facts-list' },
          fact('Spend', b.spend != null ? num(b.spend) : '–'),
          fact('Used on rewards', num(b.usedOnRewards)),
          b.negativePoints ? fact('Disregarded debits', num(b.negativePoints)) : null,
          fact('Enrolled', time(m.enrolledAt)),
          fact('Updated', time(m.updatedAt)),
          m.phone ? fact('Phone', m.phone) : null,
          m.zipCode ? fact('Zip code', m.zipCode) : null,
          m.tags && m.tags.length ? fact('Tags', m.tags.join(', ')) : null,
          m.extendedAttributes ? fact('Attributes', Object.entries(m.extendedAttributes).map(([k, v]) => k + '=' + v).join(', ')) : null),
        section('Ledger', d.ledger.length < d.ledgerTotal ? 'newest ' + d.ledger.length + ' of ' + num(d.ledgerTotal) : plural(d.ledgerTotal, 'entry', 'entries')),
        detailTable('ledger-table', d.ledger.some(hasState) ? LEDGER_COLUMNS : LEDGER_COLUMNS.filter((c) => c.key !== 'state'),
          d.ledger, 'No points movements yet.'),
        section('Rewards and coupons', plural(d.assignmentsTotal, 'assignment', 'assignments')),
        detailTable('assignments-table', ASSIGNMENT_COLUMNS, d.assignments, 'No rewards assigned.'),
        section('Orders', plural(d.orders.length, 'order', 'orders')),
        detailTable('orders-table', ORDER_COLUMNS, d.orders, 'No orders.'),
        d.receipts.length ? [section('Receipts', num(d.receipts.length)), detailTable('member-receipts-table', MEMBER_RECEIPT_COLUMNS, d.receipts, '')] : null));
  }

  function stat(label, value, cls, id) {
    return el('div', { class: 'stat' + (cls ? ' ' + cls : '') },
      el('div', { class: 'label' }, label), el('div', { class: 'value', id }, num(value)));
  }

  function fact(label, value) {
    return [el('dt', null, label), el('dd', null, value)];
  }

  function section(title, note) {
    return el('div', { class: 'section-title' }, el('span', null, title), el('span', null, note));
  }

  function balanceBar(b) {
    const total = b.available + b.used + b.expired + b.hold;
    const part = (cls, v) => (v > 0 ? el('span', { class: cls, style: { width: (100 * v / total) + '%' }, title: cls + ': ' + num(v) }) : null);
    return [
      el('div', { class: 'bar' }, total > 0 ? [part('available', b.available), part('used', b.used), part('expired', b.expired), part('hold', b.hold)] : null),
      el('div', { class: 'legend' },
        ['available', 'used', 'expired', 'hold'].map((k) => el('span', null, el('i', { class: 'bar-' + k }), k))),
    ];
  }

  function tierView(t, b) {
    const current = t.current ? pill(t.current.name, 'accent') : pill('no tier');
    if (!t.next) {
      return el('div', { class: 'tier' }, current, el('span', { class: 'tier-next' }, t.current ? 'top tier' : 'no tiers defined'));
    }
    const from = t.current && t.current.pointsThreshold != null ? t.current.pointsThreshold : 0;
    const to = t.next.pointsThreshold;
    let pct = 0;
    let note = '';
    if (to != null) {
      pct = Math.max(0, Math.min(100, 100 * (b.lifetime - from) / Math.max(1, to - from)));
      note = num(t.pointsToNextTier) + ' points to ' + t.next.name;
    } else if (t.spendToNextTier != null) {
      note = num(t.spendToNextTier) + ' spend to ' + t.next.name;
    }
    return el('div', { class: 'tier', title: 'Progress to the next tier by lifetime points' },
      current,
      el('div', { class: 'progress' }, el('span', { style: { width: pct + '%' } })),
      el('span', { class: 'tier-next' }, note));
  }

  function detailTable(id, columns, rows, empty) {
    const table = el('table', { id, class: 'grid' });
    renderTable(table, columns, rows, { empty, defaultSort: columns.defaultSort });
    return el('div', { class: 'table-wrap' }, table);
  }

  const LEDGER_COLUMNS = [
    { key: 'createdAt', label: 'When', render: (e) => el('span', { title: e.createdAt }, time(e.createdAt)), cls: 'nowrap' },
    { key: 'actionName', label: 'Action', cls: 'nowrap', sort: (e) => e.actionName || String(e.actionId),
      render: (e) => [e.actionName || 'action ' + e.actionId, el('span', { class: 'cell-sub' }, '#' + e.actionId)] },
    { key: 'points', label: 'Points', num: true, sort: (e) => (e.activity === 'DEBIT' ? -e.points : e.points),
      render: (e) => el('span', { class: e.activity === 'DEBIT' ? 'minus' : 'plus' }, (e.activity === 'DEBIT' ? '−' : '+') + num(e.points)) },
    { key: 'reason', label: 'Reason / reference', cls: 'wrap', sort: (e) => e.reason || e.orderId || e.rewardId,
      render: (e) => [e.reason || '', refs(e)] },
    { key: 'state', label: 'State', sort: (e) => (e.heldUntilReleased ? 'held' : e.releaseAt || e.expiresAt),
      render: (e) => ledgerState(e), cls: 'nowrap' },
  ];

  function refs(e) {
    const parts = [];
    if (e.orderId) parts.push('order ' + e.orderId);
    if (e.rewardId) parts.push('reward ' + e.rewardId);
    if (e.customId) parts.push('customId ' + e.customId);
    if (e.reversalOf) parts.push('reverses ' + e.reversalOf);
    return parts.length ? el('span', { class: 'cell-sub' }, parts.join(' · ')) : null;
  }

  const hasState = (e) => e.heldUntilReleased || e.releaseAt || e.expiresAt;

  function ledgerState(e) {
    if (e.heldUntilReleased) return pill('held', 'info', 'held until released');
    if (e.releaseAt) return pill('release ' + day(e.releaseAt), 'info', e.releaseAt);
    if (e.expiresAt) return el('span', { class: 'muted', title: e.expiresAt }, 'expires ' + day(e.expiresAt));
    return '';
  }

  const ASSIGNMENT_STATUS = { Awarded: 'info', Redeemed: 'ok', Expired: 'warn', Cancelled: 'bad' };

  const ASSIGNMENT_COLUMNS = [
    { key: 'rewardId', label: 'Reward', render: (a) => [state.rewardNames[a.rewardId] || a.rewardId, el('span', { class: 'cell-sub' }, a.rewardId)] },
    { key: 'status', label: 'Status', render: (a) => pill(a.status, ASSIGNMENT_STATUS[a.status]) },
    { key: 'couponCode', label: 'Coupon', render: (a) => (a.couponCode ? el('span', { class: 'code' }, a.couponCode) : '–') },
    { key: 'debitPoints', label: 'Points', num: true, render: (a) => num(a.debitPoints) },
    { key: 'assignedAt', label: 'Assigned', render: (a) => time(a.assignedAt), cls: 'nowrap' },
  ];

  const ORDER_COLUMNS = [
    { key: 'orderId', label: 'Order', render: (o) => mono(o.orderId) },
    { key: 'createdAt', label: 'Date', render: (o) => time(o.createdAt), cls: 'nowrap' },
    { key: 'orderTotal', label: 'Total', num: true, sort: (o) => Number(o.orderTotal), render: (o) => o.orderTotal || '–' },
    { key: 'units', label: 'Units', sort: (o) => o.unitsShipped + o.unitsPending + o.unitsFulfilled,
      render: (o) => [o.unitsShipped + ' shipped', o.unitsFulfilled ? ' · ' + o.unitsFulfilled + ' fulfilled' : '',
        o.unitsPending ? ' · ' + o.unitsPending + ' pending' : '',
        o.unitsReturned ? ' · ' + o.unitsReturned + ' returned' : '', o.unitsCancelled ? ' · ' + o.unitsCancelled + ' cancelled' : ''] },
    { key: 'pointsAwarded', label: 'Points', num: true,
      render: (o) => [num(o.pointsAwarded), o.pointsOnHold ? el('span', { class: 'cell-sub' }, num(o.pointsOnHold) + ' on hold') : null,
        o.pointsRemoved ? el('span', { class: 'cell-sub' }, num(o.pointsRemoved) + ' removed') : null] },
  ];

  const MEMBER_RECEIPT_COLUMNS = [
    { key: 'submissionId', label: 'Submission', render: (r) => mono(r.submissionId) },
    { key: 'status', label: 'Status', render: (r) => pill(r.status, r.status === 'Pending' ? 'warn' : r.status === 'Rejected' ? 'bad' : 'ok') },
    { key: 'uploadedAt', label: 'Uploaded', render: (r) => time(r.uploadedAt), cls: 'nowrap' },
  ];

  // ---- rewards -------------------------------------------------------------------------------------------

  const REWARD_STATUS = { Live: 'ok', Draft: null, Scheduled: 'info', Archived: 'warn' };

  const REWARD_COLUMNS = [
    { key: 'rewardId', label: 'Reward', render: (r) => [el('strong', null, r.name), el('span', { class: 'cell-sub' }, r.rewardId)] },
    { key: 'status', label: 'Status', render: (r) => pill(r.status, REWARD_STATUS[r.status]) },
    { key: 'points', label: 'Price', num: true, render: (r) => num(r.points) },
    { key: 'category', label: 'Category' },
    { key: 'sequence', label: 'Seq.', num: true },
    { key: 'couponsAvailable', label: 'Coupon pool', sort: (r) => (r.couponBased ? r.couponsAvailable : null), render: poolView },
    { key: 'couponsRedeemed', label: 'Redeemed', num: true, render: (r) => (r.couponBased ? num(r.couponsRedeemed) : '–') },
  ];

  function poolView(r) {
    if (!r.couponBased) return el('span', { class: 'muted' }, 'not coupon-based');
    const pct = r.couponsTotal ? 100 * r.couponsIssued / r.couponsTotal : 0;
    return el('div', { class: 'pool', title: num(r.couponsIssued) + ' issued of ' + num(r.couponsTotal) },
      el('div', { class: 'bar' }, el('span', { class: 'issued', style: { width: pct + '%' } })),
      el('span', null, num(r.couponsAvailable) + ' of ' + num(r.couponsTotal) + ' left'),
      r.couponsAvailable === 0 ? pill('empty', 'bad') : null);
  }

  async function loadRewards(render) {
    const r = await call('GET', 'rewards');
    state.rewardNames = Object.fromEntries(r.rewards.map((x) => [x.rewardId, x.name]));
    if (render && changed('rewards', r)) {
      renderTable($('rewards-table'), REWARD_COLUMNS, r.rewards, { empty: 'No rewards defined.' });
    }
  }

  // ---- requests ------------------------------------------------------------------------------------------

  function statusKind(s) {
    if (s >= 500 || s === 0) return 'bad';
    if (s >= 400) return 'warn';
    return 'ok';
  }

  const REQUEST_COLUMNS = [
    { key: 'sequence', label: 'Time', num: false, render: (c) => el('span', { class: 'mono', title: 'mock clock ' + time(c.mockTime) }, localTime(c.at)), cls: 'nowrap' },
    { key: 'method', label: 'Method', render: (c) => el('span', { class: 'method' }, c.method) },
    { key: 'path', label: 'Path', cls: 'path', render: (c) => el('span', { class: 'mono', title: c.path }, readablePath(c.path)) },
    { key: 'status', label: 'Status', num: true, render: (c) => pill(c.status === 0 ? 'dropped' : String(c.status), statusKind(c.status)) },
    { key: 'errorCode', label: 'Code', render: (c) => (c.errorCode ? el('span', { class: 'code' }, c.errorCode) : '') },
    { key: 'flags', label: 'Checks', sort: (c) => (c.authFailed ? 'a' : '') + (c.refused ? 'r' : '') + (c.tolerated ? 't' : ''),
      render: (c) => [
        c.authFailed ? pill('auth failed', 'bad', 'refused by authentication') : null,
        c.refused ? pill('refused', 'warn', 'refused as invalid input') : null,
        c.tolerated ? pill('tolerated', 'info', 'normalised: ' + c.tolerated) : null,
      ] },
    { key: 'errorMessage', label: 'Message', cls: 'wrap', render: (c) => [c.errorMessage || '', c.tolerated ? el('span', { class: 'cell-sub' }, 'tolerated: ' + c.tolerated) : null] },
  ];

  /** The path with percent-escapes decoded (ids read better as ada@example.com); the raw form is the title. */
  function readablePath(path) {
    try { return decodeURIComponent(path); } catch (e) { return path; }
  }

  let lastRequests = { requests: [], held: 0, capacity: 0 };

  async function loadRequests(render) {
    lastRequests = await call('GET', 'requests?limit=200');
    const errors = lastRequests.requests.filter((c) => c.status >= 400 || c.status === 0).length;
    const count = $('count-requests');
    count.textContent = lastRequests.held ? num(lastRequests.held) : '';
    count.classList.toggle('alert', errors > 0);
    count.title = errors + ' of the latest answered with an error';
    if (render && changed('requests', lastRequests)) renderRequests();
  }

  function renderRequests() {
    const text = $('request-filter').value.trim().toLowerCase();
    const errorsOnly = $('errors-only').checked;
    const rows = lastRequests.requests.filter((c) => (!errorsOnly || c.status >= 400 || c.status === 0)
      && (!text || [c.path, c.errorCode, c.errorMessage, c.method, String(c.status), c.tolerated]
        .some((v) => v && v.toLowerCase().includes(text))));
    renderTable($('requests-table'), REQUEST_COLUMNS, rows, {
      defaultSort: { key: 'sequence', dir: 'desc' },
      empty: lastRequests.requests.length ? 'No request matches the filter.' : 'No API requests since the last reset.',
    });
    $('requests-info').textContent = 'latest ' + num(lastRequests.requests.length) + ' of ' + num(lastRequests.held)
      + ' kept (up to ' + num(lastRequests.capacity) + ')';
  }

  // ---- pending receipts ----------------------------------------------------------------------------------

  const RECEIPT_COLUMNS = [
    { key: 'submissionId', label: 'Submission', cls: 'nowrap', render: (r) => [mono(r.submissionId), el('span', { class: 'cell-sub' }, 'receipt ' + r.receiptId)] },
    { key: 'memberId', label: 'Member', cls: 'wrap', render: (r) => el('button', { type: 'button', class: 'btn btn-small', on: { click: () => openMember(r.memberId) } }, r.memberId) },
    { key: 'image', label: 'Image', cls: 'wrap', render: (r) => mono(r.image || '–') },
    { key: 'uploadedAt', label: 'Uploaded', render: (r) => time(r.uploadedAt), cls: 'nowrap' },
    { key: 'decide', label: 'Decision', sort: false, render: receiptActions },
  ];

  function receiptActions(r) {
    const points = el('input', { type: 'number', min: 1, value: 100, 'aria-label': 'Points to award' });
    const reason = el('input', { type: 'text', placeholder: 'reason', 'aria-label': 'Rejection reason' });
    const path = 'receipts/' + encodeURIComponent(r.submissionId);
    return el('div', { class: 'actions' },
      points,
      el('button', { type: 'button', class: 'btn btn-small btn-ok', on: { click: () => control(path + '/approve', { points: Number(points.value) }, 'Receipt ' + r.receiptId + ' approved') } }, 'Approve'),
      el('span', { class: 'gap' }),
      reason,
      el('button', { type: 'button', class: 'btn btn-small btn-bad', on: { click: () => control(path + '/reject', { reason: reason.value || 'Rejected in the inspector' }, 'Receipt ' + r.receiptId + ' rejected') } }, 'Reject'));
  }

  async function loadReceipts(render) {
    const r = await call('GET', 'receipts/pending');
    if (render && changed('receipts', r)) renderTable($('receipts-table'), RECEIPT_COLUMNS, r.receipts, { empty: 'No receipt is waiting for a decision.' });
  }

  // ---- tabs and refresh ----------------------------------------------------------------------------------

  function showTab(tab) {
    state.tab = tab;
    for (const view of ['rewards', 'requests', 'receipts']) delete shown[view];
    for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.dataset.tab === tab);
    for (const s of ['members', 'rewards', 'requests', 'receipts']) $('tab-' + s).hidden = s !== tab;
    refresh(true);
  }

  function openMember(id) {
    state.q = id;
    $('member-search').value = id;
    state.page = 1;
    state.selected = id;
    showTab('members');
  }

  async function refresh(force) {
    if (state.busy && !force) return;
    state.busy = true;
    try {
      const work = [loadOverview(), loadRequests(state.tab === 'requests')];
      if (state.tab === 'members') work.push(loadMembers(), loadMember());
      if (state.tab === 'rewards' || Object.keys(state.rewardNames).length === 0) work.push(loadRewards(state.tab === 'rewards'));
      if (state.tab === 'receipts') work.push(loadReceipts(true));
      await Promise.allSettled(work);
    } finally {
      state.busy = false;
    }
  }

  function wire() {
    for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => showTab(b.dataset.tab));
    let debounce = null;
    $('member-search').addEventListener('input', (e) => {
      clearTimeout(debounce);
      debounce = setTimeout(() => { state.q = e.target.value.trim(); state.page = 1; loadMembers(); }, 200);
    });
    $('page-size').addEventListener('change', (e) => { state.size = Number(e.target.value); state.page = 1; loadMembers(); });
    $('page-prev').addEventListener('click', () => { state.page = Math.max(1, state.page - 1); loadMembers(); });
    $('page-next').addEventListener('click', () => { state.page += 1; loadMembers(); });
    $('request-filter').addEventListener('input', renderRequests);
    $('errors-only').addEventListener('change', renderRequests);
    $('btn-advance').addEventListener('click', () => {
      const sel = $('advance-by');
      control('clock/advance', { by: sel.value }, 'Clock advanced by ' + sel.options[sel.selectedIndex].text);
    });
    twoStep($('btn-reset'), () => control('reset', {}, 'Mock reset'));
    twoStep($('btn-seed-demo'), () => control('seed', { base: 'demo' }, 'Demo program loaded'));
    setInterval(() => {
      if ($('live').checked && document.visibilityState === 'visible') refresh(false);
    }, POLL_MS);
  }

  wire();
  state.selected = fragment('member');
  const first = fragment('tab');
  if (first && $('tab-' + first)) showTab(first); else refresh(true);
})();
