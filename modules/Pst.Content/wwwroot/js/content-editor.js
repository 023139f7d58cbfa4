// The page editor: a Markdown toolbar on every .markdown-input (buttons and Ctrl+B / Ctrl+I / Ctrl+K), and a
// live preview that posts the form to the page's Preview handler, so what is shown is the server's own rendering.
(function () {
    'use strict';

    const form = document.querySelector('form.content-editor-form');
    if (!form) {
        return;
    }

    const target = document.querySelector(form.dataset.preview);
    const labels = document.getElementById('editor-labels').dataset;

    function previewUrl() {
        const url = new URL(window.location.href);
        url.searchParams.set('handler', 'Preview');
        return url.toString();
    }

    let timer = 0;
    let sequence = 0;
    async function refresh() {
        const mine = ++sequence;
        try {
            const response = await fetch(previewUrl(), { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
            const html = await response.text();
            if (mine === sequence && response.ok) {
                target.innerHTML = html;
            }
        } catch {
            // The preview is a help; a failed request leaves the last one standing.
        }
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 400);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    refresh();

    // Wraps the selection (or a placeholder) in before/after, keeping the text selected for the next keystroke.
    function wrap(area, before, after, placeholder) {
        const start = area.selectionStart;
        const end = area.selectionEnd;
        const selected = area.value.slice(start, end) || placeholder;
        area.setRangeText(before + selected + after, start, end, 'select');
        area.setSelectionRange(start + before.length, start + before.length + selected.length);
        area.focus();
        area.dispatchEvent(new Event('input', { bubbles: true }));
    }

    // Puts a prefix at the start of every selected line (lists, headings).
    function prefixLines(area, prefix) {
        const start = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
        const end = area.selectionEnd;
        const lines = area.value.slice(start, end).split('\n');
        const text = lines.map((line, i) => (typeof prefix === 'function' ? prefix(i) : prefix) + line).join('\n');
        area.setRangeText(text, start, end, 'end');
        area.focus();
        area.dispatchEvent(new Event('input', { bubbles: true }));
    }

    const actions = {
        bold: area => wrap(area, '**', '**', labels.placeholderText),
        italic: area => wrap(area, '*', '*', labels.placeholderText),
        heading: area => prefixLines(area, '## '),
        list: area => prefixLines(area, '- '),
        numbered: area => prefixLines(area, i => (i + 1) + '. '),
        link: area => wrap(area, '[', '](https://)', labels.placeholderText),
    };

    // The picker inserts the chosen file's Markdown into the text area whose toolbar opened it.
    const picker = document.getElementById('media-picker');
    let pickingFor = null;
    if (picker) {
        actions.image = area => {
            pickingFor = area;
            picker.showModal();
        };
        picker.addEventListener('click', event => {
            const choice = event.target.closest('button[data-markdown]');
            if (choice && pickingFor) {
                const start = pickingFor.selectionStart;
                pickingFor.setRangeText(choice.dataset.markdown, start, pickingFor.selectionEnd, 'end');
                picker.close();
                pickingFor.focus();
                pickingFor.dispatchEvent(new Event('input', { bubbles: true }));
            } else if (event.target.closest('[data-close]')) {
                picker.close();
            }
        });
        picker.addEventListener('close', () => pickingFor?.focus());
    }

    const shortcuts = { b: 'bold', i: 'italic', k: 'link' };

    for (const area of form.querySelectorAll('textarea.markdown-input')) {
        const bar = document.createElement('div');
        bar.className = 'markdown-toolbar btn-group btn-group-sm mb-1 flex-wrap';
        bar.setAttribute('role', 'group');
        bar.setAttribute('aria-label', labels.toolbar + ': ' + (document.querySelector('label[for="' + area.id + '"]')?.textContent ?? ''));
        for (const name of Object.keys(actions)) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-outline-secondary';
            button.textContent = labels['action' + name.charAt(0).toUpperCase() + name.slice(1)];
            button.addEventListener('click', () => actions[name](area));
            bar.appendChild(button);
        }

        area.parentNode.insertBefore(bar, area);
        area.addEventListener('keydown', event => {
            const action = (event.ctrlKey || event.metaKey) && !event.altKey ? shortcuts[event.key.toLowerCase()] : undefined;
            if (action) {
                event.preventDefault();
                actions[action](area);
            }
        });
    }
})();
