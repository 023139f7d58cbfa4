// Long choice lists on a catalogue page (a dataset's variables): a filter over the options' values and labels,
// and "pick all in this section". Without script every option stays listed and can be ticked one by one.
(function () {
    'use strict';

    document.querySelectorAll('input.choice-filter').forEach(function (filter) {
        var fieldset = document.querySelector(filter.dataset.filter);
        if (!fieldset) { return; }
        filter.addEventListener('input', function () {
            var words = filter.value.trim().toLowerCase();
            fieldset.querySelectorAll('.choice-group').forEach(function (group) {
                var shown = 0;
                group.querySelectorAll('.choice-option').forEach(function (option) {
                    var text = (option.querySelector('input').value + ' ' + option.textContent).toLowerCase();
                    var match = words === '' || text.indexOf(words) >= 0;
                    option.hidden = !match;
                    if (match) { shown++; }
                });
                group.hidden = shown === 0;
            });
        });
    });

    document.querySelectorAll('button.choice-pick-group').forEach(function (button) {
        button.addEventListener('click', function () {
            var group = button.closest('.choice-group');
            // Each box says it changed, so what follows the list (a map beside it) follows the section too.
            group.querySelectorAll('input[type=checkbox]:not([disabled])').forEach(function (box) {
                if (box.checked) { return; }
                box.checked = true;
                box.dispatchEvent(new Event('change', { bubbles: true }));
            });
        });
    });
})();
