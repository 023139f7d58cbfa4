// The display board: listens to the queue hub, shows each call at once and, with sound on, speaks it in Indonesian.
(() => {
    const number = document.getElementById("now-number");
    const counter = document.getElementById("now-counter");
    const previous = document.getElementById("previous-calls");
    const sound = document.getElementById("sound");
    const status = document.getElementById("connection");
    const shown = Number(previous.dataset.shown);
    let speak = false;

    sound.addEventListener("click", () => {
        speak = !speak;
        sound.setAttribute("aria-pressed", String(speak));
        sound.textContent = speak ? sound.dataset.on : sound.dataset.off;
    });

    function show(call) {
        if (number.textContent !== "—") {
            const item = document.createElement("li");
            item.className = "list-group-item d-flex justify-content-between";
            const n = document.createElement("span");
            n.className = "fw-bold";
            n.textContent = number.textContent;
            const c = document.createElement("span");
            c.textContent = counter.textContent;
            item.append(n, c);
            previous.prepend(item);
            while (previous.children.length > shown) {
                previous.lastElementChild.remove();
            }
        }

        number.textContent = call.number;
        counter.textContent = call.counterName;
        if (speak && "speechSynthesis" in window) {
            const spelled = call.number.split("").join(" ");
            const phrase = sound.dataset.phrase.replace("{0}", spelled).replace("{1}", call.counterName);
            const utterance = new SpeechSynthesisUtterance(phrase);
            utterance.lang = "id-ID";
            window.speechSynthesis.speak(utterance);
        }
    }

    const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/antrian").withAutomaticReconnect().build();
    connection.on("called", show);
    connection.onreconnecting(() => { status.textContent = status.dataset.lost; });
    connection.onreconnected(() => { status.textContent = status.dataset.live; });
    connection.start().then(() => { status.textContent = status.dataset.live; }).catch(() => { status.textContent = status.dataset.lost; });
})();
