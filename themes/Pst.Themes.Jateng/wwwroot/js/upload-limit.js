// Checks a chosen file's size against the site's upload limit before the form is sent (the limit and the message
// are in <meta name="pst-upload-limit">). A file too large is refused in the page itself, so what the person typed
// beside it stays; the server checks again either way.
(function () {
    var meta = document.querySelector('meta[name="pst-upload-limit"]');
    if (!meta) {
        return;
    }

    var limit = Number(meta.getAttribute('content'));
    var message = meta.getAttribute('data-message') || '';

    function check(input) {
        var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > limit; });
        input.setCustomValidity(tooLarge ? message : '');
        return !tooLarge;
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input instanceof HTMLInputElement && input.type === 'file' && !check(input)) {
            input.reportValidity();
        }
    });

    // A form sent without a change event (a file set by script) is checked too.
    document.addEventListener('submit', function (event) {
        var inputs = event.target.querySelectorAll('input[type="file"]');
        for (var i = 0; i < inputs.length; i++) {
            if (!check(inputs[i])) {
                event.preventDefault();
                inputs[i].reportValidity();
                return;
            }
        }
    }, true);
})();
