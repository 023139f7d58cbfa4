using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;

namespace Pst.Ordering.Requests;

/// <summary>
/// A request (permintaan): what a customer asks for, the documents it needs, where it stands in the lifecycle and
/// the timeline of how it got there. Every change goes through a method that checks who may make it and when,
/// and refuses with <see cref="TransitionRefusedException"/> leaving the request as it was.
/// </summary>
internal sealed class Request : ILifecycleFacts
{
    private readonly List<RequestLine> _lines = [];
    private readonly List<RequestDocument> _documents = [];
    private readonly List<RequestTransition> _timeline = [];
    private readonly List<IssuedFile> _issued = [];
    private readonly List<OfficeCheck> _checks = [];

    /// <summary>Uploaded files the request no longer refers to since it was loaded (not stored: the store deletes them once saved).</summary>
    private readonly List<string> _discarded = [];

    public Request(Guid id, string customerId, SalesChannel channel, DateTimeOffset createdAt)
    {
        Id = id;
        CustomerId = customerId;
        Channel = channel;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public string CustomerId { get; }

    public SalesChannel Channel { get; }

    public DateTimeOffset CreatedAt { get; }

    public RequestState State { get; private set; } = RequestState.Draft;

    /// <summary>The number the customer and staff quote (e.g. <c>PST-2026-00042</c>), given when the request is submitted.</summary>
    public string? Number { get; private set; }

    /// <summary>Grows with every change; saving a request someone else changed meanwhile is refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<RequestLine> Lines => _lines;

    public IReadOnlyList<RequestDocument> Documents => _documents;

    public IReadOnlyList<RequestTransition> Timeline => _timeline;

    /// <summary>The spans in which the office had something the customer sent to check (a proof of payment, a signed agreement).</summary>
    public IReadOnlyList<OfficeCheck> OfficeChecks => _checks;

    /// <summary>What the service clock reads of this request.</summary>
    public ClockHistory ClockHistory => new(_timeline, State, NeedsAgreement, _checks);

    /// <summary>What the office issued on the request: invoice, sample, agreement, billing slip, receipt, product files.</summary>
    public IReadOnlyList<IssuedFile> IssuedFiles => _issued;

    /// <summary>The customer as copied at submission; null while a draft (pages read the profile then).</summary>
    public CustomerDetails? Customer { get; private set; }

    /// <summary>The customer's claim to the zero tariff, and the officer's decision on it.</summary>
    public ZeroTariffClaim? ZeroTariff { get; private set; }

    /// <summary>How the product was handed over at the walk-in desk (step 17); null online, where it is downloaded.</summary>
    public DeskHandover? Handover { get; private set; }


    /// <summary>When the customer first submitted; kept as a column, so the reports find a period's requests by one index.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When the customer accepted the product (a request is completed once); kept for the survey's population.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the officer first sent the offer: the schedule in force that day prices the request, corrected invoices included.</summary>
    public DateTimeOffset? OfferedAt => _timeline.FirstOrDefault(t => t.Trigger == RequestTrigger.IssueOffer)?.At;

    /// <summary>The current invoice's price is kept on every line: from the offer on, the request costs what its invoice says.</summary>
    public bool Invoiced => Current(IssuedFileKind.Invoice) is not null && _lines.All(l => l.InvoicedJson is not null);

    /// <summary>What the customer pays: the current invoice's total, nothing when the zero tariff is approved; null before the invoice.</summary>
    public Rupiah? AmountDue =>
        !Invoiced ? null
        : NothingToPay ? Rupiah.Zero
        : Rupiah.Sum(_lines.SelectMany(l => l.Invoiced!.Charges).Select(c => new Rupiah(c.Amount)));

    /// <summary>When the product was first delivered; null before. See <see cref="RecordFirstDelivery"/>.</summary>
    public DateTimeOffset? FirstDeliveredAt { get; private set; }

    /// <summary>
    /// For an online request, the working days the office used until the first delivery, as the service clock counted
    /// them that day; null at the desk (no working-day limit there) and before delivery.
    /// </summary>
    public int? WorkingDaysToDelivery { get; private set; }

    /// <summary>
    /// Keeps the first delivery's moment and service time, once: reports count a year from these two columns instead
    /// of reading every step of every request. Like a stamped record, it is what the office counted with its calendar
    /// on that day; a holiday entered afterwards does not rewrite it.
    /// </summary>
    internal void RecordFirstDelivery(WorkingDayCalendar calendar)
    {
        if (FirstDeliveredAt is not null || ServiceClock.AtFirstDelivery(ClockHistory, calendar) is not { } delivery)
        {
            return;
        }

        FirstDeliveredAt = delivery.At;
        WorkingDaysToDelivery = Channel == SalesChannel.Online && delivery.Reading.Started ? delivery.Reading.Elapsed : null;
    }

    /// <summary>A line needs a signed data-use agreement (microdata, maps).</summary>
    public bool NeedsAgreement { get; private set; }

    /// <summary>
    /// The scan of the agreement the customer signed on a duty stamp, uploaded so the officer can check it while the
    /// originals travel by post (or are handed in at the desk); the officer then records the agreement received.
    /// </summary>
    public string? SignedAgreementFileId { get; private set; }

    public DateTimeOffset? SignedAgreementUploadedAt { get; private set; }

    /// <summary>
    /// The signed scan is of an agreement since replaced (a corrected invoice brings a new agreement): it is not
    /// received as it is; the customer signs the new one and sends it.
    /// </summary>
    public bool SignedAgreementOutdated =>
        SignedAgreementFileId is not null && SignedAgreementUploadedAt is { } uploaded && Current(IssuedFileKind.Agreement) is { } agreement && agreement.IssuedAt > uploaded;

    /// <summary>The states between the offer and the agreement's receipt, in which the signed agreement may be sent.</summary>
    private static readonly RequestState[] AgreementSigning =
        [RequestState.CustomerReview, RequestState.OfferCorrectionRequested, RequestState.InPreparation, RequestState.AwaitingPayment, RequestState.PaymentSettled];

    /// <summary>Whether the signed agreement may be sent now.</summary>
    public bool TakesSignedAgreement => NeedsAgreement && AgreementSigning.Contains(State);

    public bool HasLines => _lines.Count > 0;

    public bool AtDesk => Channel == SalesChannel.WalkIn;

    public bool AllDocumentsUploaded => _documents.All(d => d.Status != DocumentStatus.Missing && d.Status != DocumentStatus.Rejected);

    public bool AllDocumentsAccepted => _documents.All(d => d.Status == DocumentStatus.Accepted);

    public bool AnyDocumentRejected => _documents.Any(d => d.Status == DocumentStatus.Rejected);

    /// <summary>The officer approved the zero tariff: a Rp0 invoice, and payment is skipped.</summary>
    public bool NothingToPay => ZeroTariff?.Decision == ZeroTariffDecision.Approved;

    public bool ZeroTariffUndecided => ZeroTariff?.Decision == ZeroTariffDecision.Pending;

    /// <summary>Gives the request its number, once (numbers come from the database, see <c>Counters</c>).</summary>
    private void AssignNumber(string number)
    {
        if (Number is not null)
        {
            throw new InvalidOperationException($"Request {Id} already has the number {Number}.");
        }

        Number = number;
        Version++;
    }

    /// <summary>
    /// The customer adds a catalogue item with their choices to their draft (checking the choices is the product
    /// type's work). The same item with the same choices twice is refused: a double click adds it once.
    /// </summary>
    public RequestLine AddLine(RequestActor actor, Pst.Core.Products.CatalogueItem item, Pst.Core.Products.LineChoices choices)
    {
        RequireDrafter(actor);
        RequireState(RequestState.Draft);
        var serialized = RequestLine.Serialize(choices);
        if (_lines.Any(l => l.ItemCode == item.Code && l.ChoicesJson == serialized))
        {
            throw new TransitionRefusedException("This product with these choices is already in your request.");
        }

        var line = new RequestLine(_lines.Count == 0 ? 1 : _lines.Max(l => l.Number) + 1, item.Code, item.ProductTypeId, item.Title, serialized);
        _lines.Add(line);
        Version++;
        return line;
    }

    /// <summary>Keeps what the line's product type measured while the officer prepared the offer (priced and delivered on it).</summary>
    internal void MeasureLine(int number, Pst.Core.Products.LineMeasures measures)
    {
        (_lines.FirstOrDefault(l => l.Number == number) ?? throw new InvalidOperationException($"Request {Id} has no line {number}.")).Measure(measures);
        Version++;
    }

    /// <summary>
    /// Answering a product correction, the officer changes what a line delivers (other variables, areas or formats);
    /// <see cref="Serving.CorrectLineChoices"/> checks first that the change costs what was paid and stays within the
    /// signed agreement. The product is then sent again with <see cref="RequestTrigger.Redeliver"/>.
    /// </summary>
    public void ChangeLineChoices(RequestActor actor, int number, Pst.Core.Products.LineChoices choices, Pst.Core.Products.LineMeasures measures)
    {
        RequireRole(actor, ActorRole.Officer);
        RequireState(RequestState.ProductCorrectionRequested);
        var line = _lines.FirstOrDefault(l => l.Number == number) ?? throw new TransitionRefusedException("This request has no such line.");
        line.Rechoose(choices);
        line.Measure(measures);
        Version++;
    }

    /// <summary>The customer takes a line out of their draft.</summary>
    public void RemoveLine(RequestActor actor, int number)
    {
        RequireDrafter(actor);
        RequireState(RequestState.Draft);
        var line = _lines.FirstOrDefault(l => l.Number == number) ?? throw new TransitionRefusedException("This request has no such line.");
        _lines.Remove(line);
        Version++;
    }

    /// <summary>
    /// Makes the required documents exactly <paramref name="documentCodes"/> while the request is a draft (its lines
    /// or the customer's profile changed): new ones are added as missing, ones no longer needed are dropped.
    /// </summary>
    public void SetRequirements(IEnumerable<string> documentCodes, bool needsAgreement)
    {
        RequireState(RequestState.Draft);
        var codes = documentCodes.Distinct(StringComparer.Ordinal).ToList();
        if (needsAgreement == NeedsAgreement && codes.Count == _documents.Count && _documents.All(d => codes.Contains(d.Code)))
        {
            return; // unchanged: reading a draft must not make it look changed
        }

        foreach (var dropped in _documents.Where(d => !codes.Contains(d.Code)))
        {
            Discard(dropped.FileId, null);
        }

        _documents.RemoveAll(d => !codes.Contains(d.Code));
        foreach (var code in codes.Where(c => _documents.All(d => d.Code != c)))
        {
            _documents.Add(new RequestDocument(code));
        }

        NeedsAgreement = needsAgreement;
        Version++;
    }

    /// <summary>The customer uploads (or uploads again) a required document, while the request is with them.</summary>
    public void UploadDocument(RequestActor actor, string code, string fileId)
    {
        if (code == Pst.Core.Products.DocumentCodes.DataUseAbstract && Channel == SalesChannel.Online)
        {
            throw new TransitionRefusedException("The data-use abstract is written on its form, not uploaded.");
        }

        Hand(actor, code, fileId);
    }

    /// <summary>The customer (or the officer at the desk) sends the scan of the signed agreement; a new scan replaces the one before.</summary>
    public void UploadSignedAgreement(RequestActor actor, string fileId, DateTimeOffset at)
    {
        RequireDrafter(actor);
        if (!TakesSignedAgreement)
        {
            throw new TransitionRefusedException("The signed agreement is sent after the offer and before it is received.");
        }

        Discard(SignedAgreementFileId, fileId);
        SignedAgreementFileId = fileId;
        SignedAgreementUploadedAt = at;
        OpenCheck(OfficeCheckSubject.SignedAgreement, at);
        Version++;
    }

    /// <summary>
    /// The payments module says the customer sent something about the payment for the office to verify (a proof of
    /// transfer), or that the office has decided on it: the clock runs meanwhile, as the office is the one to act.
    /// </summary>
    public void RecordPaymentCheck(bool pending, DateTimeOffset at)
    {
        if (pending)
        {
            RequireState(RequestState.AwaitingPayment);
            OpenCheck(OfficeCheckSubject.Payment, at);
        }
        else
        {
            CloseChecks(at, OfficeCheckSubject.Payment);
        }

        Version++;
    }

    private void OpenCheck(OfficeCheckSubject subject, DateTimeOffset at)
    {
        if (!_checks.Any(c => c.Subject == subject && c.ClosedAt is null))
        {
            _checks.Add(new OfficeCheck(subject, at));
        }
    }

    private void CloseChecks(DateTimeOffset at, params OfficeCheckSubject[] subjects)
    {
        foreach (var check in _checks.Where(c => c.ClosedAt is null && subjects.Contains(c.Subject)))
        {
            check.Close(at);
        }
    }

    /// <summary>
    /// The customer writes a document on its online form (the data-use abstract): the answers are kept for the
    /// officer to read beside the data asked, with the PDF made of them as the document's file.
    /// </summary>
    public void WriteDocument(RequestActor actor, string code, string fileId, string contentJson)
    {
        Hand(actor, code, fileId);
        Document(code).ContentJson = contentJson;
    }

    /// <summary>
    /// At the walk-in desk the officer records that the visitor showed a document (step 8) without keeping a copy;
    /// the officer still checks it (step 9). A document the office keeps is scanned and uploaded instead.
    /// </summary>
    public void RecordShownAtDesk(RequestActor actor, string code)
    {
        RequireDesk(actor);
        Hand(actor, code, null);
    }

    /// <summary>The uploaded files replaced or dropped since the last call, for the store to delete once the change is saved.</summary>
    public IReadOnlyList<string> TakeDiscardedFiles()
    {
        var files = _discarded.ToList();
        _discarded.Clear();
        return files;
    }

    /// <summary>The bytes limit counts what the request holds: its documents' files and the signed agreement.</summary>
    public IEnumerable<string> HeldUploads(string? replacing = null) =>
        _documents.Where(d => d.FileId is not null && d.Code != replacing).Select(d => d.FileId!)
            .Concat(SignedAgreementFileId is { } signed && replacing != SignedAgreementCode ? [signed] : []);

    /// <summary>Stands for the signed agreement where a document code is expected (quota counting).</summary>
    public const string SignedAgreementCode = "signed-agreement";

    private void Discard(string? previous, string? replacement)
    {
        if (previous is not null && previous != replacement)
        {
            _discarded.Add(previous);
        }
    }

    /// <summary>Whether a required document can be handed in now: while drafting or revising, until the officer accepts it.</summary>
    public bool TakesDocument(string code) =>
        State is RequestState.Draft or RequestState.RevisionRequested && _documents.Any(d => d.Code == code && d.Status != DocumentStatus.Accepted);

    private void Hand(RequestActor actor, string code, string? fileId)
    {
        RequireDrafter(actor);
        RequireState(RequestState.Draft, RequestState.RevisionRequested);
        var document = Document(code);
        if (!TakesDocument(code))
        {
            throw new TransitionRefusedException("This document is already accepted.");
        }

        Discard(document.FileId, fileId);
        document.FileId = fileId;
        document.ContentJson = null;
        document.Status = DocumentStatus.Uploaded;
        document.RejectionReason = null;
        Version++;
    }

    /// <summary>The officer accepts an uploaded document while checking the request.</summary>
    public void AcceptDocument(RequestActor actor, string code)
    {
        RequireRole(actor, ActorRole.Officer);
        RequireState(RequestState.Submitted);
        var document = UploadedDocument(code);
        document.Status = DocumentStatus.Accepted;
        document.RejectionReason = null;
        Version++;
    }

    /// <summary>The officer rejects an uploaded document, saying why; the customer will upload it again.</summary>
    public void RejectDocument(RequestActor actor, string code, string reason)
    {
        RequireRole(actor, ActorRole.Officer);
        RequireState(RequestState.Submitted);
        var document = UploadedDocument(code);
        document.RejectionReason = RequireText(reason);
        document.Status = DocumentStatus.Rejected;
        Version++;
    }

    /// <summary>The customer asks for the zero tariff while drafting (the request letter becomes required).</summary>
    /// <param name="customer">The profile as it is now, which must fit the category (checked again when the request is sent).</param>
    public void ClaimZeroTariff(RequestActor actor, ZeroTariffCategory category, ZeroTariffPurpose purpose, CustomerDetails customer)
    {
        RequireDrafter(actor);
        RequireState(RequestState.Draft);
        ZeroTariffEligibility.Require(category, customer);
        ZeroTariff = new ZeroTariffClaim(category, purpose);
        Version++;
    }

    /// <summary>The customer drops the zero-tariff claim while drafting.</summary>
    public void DropZeroTariffClaim(RequestActor actor)
    {
        RequireDrafter(actor);
        RequireState(RequestState.Draft);
        ZeroTariff = null;
        Version++;
    }

    /// <summary>The officer approves the zero tariff, or refuses it with a reason, before the offer is issued.</summary>
    public void DecideZeroTariff(RequestActor actor, bool approve, string? reason = null)
    {
        RequireRole(actor, ActorRole.Officer);
        RequireState(RequestState.Submitted, RequestState.RequirementsComplete);
        var claim = ZeroTariff ?? throw new TransitionRefusedException("The customer did not ask for the zero tariff.");
        claim.RefusalReason = approve ? null : RequireText(reason);
        claim.Decision = approve ? ZeroTariffDecision.Approved : ZeroTariffDecision.Refused;
        Version++;
    }

    /// <summary>
    /// Sends the draft: it gets its number and keeps the customer as they are now. Refused, changing nothing, when
    /// the lifecycle does not allow it (no product, a document missing).
    /// </summary>
    public void Submit(RequestActor actor, DateTimeOffset at, string number, CustomerDetails customer)
    {
        RequireCanFire(RequestTrigger.Submit, actor, null);
        if (ZeroTariff is { } claim)
        {
            ZeroTariffEligibility.Require(claim.Category, customer); // the profile may have changed since the claim
        }

        AssignNumber(number);
        Customer = customer;
        Fire(RequestTrigger.Submit, actor, at);
    }

    /// <summary>
    /// The customer has answered the satisfaction survey about the completed request (step 19); the answers are the
    /// survey's (Pst.Feedback), the request records that the step is taken.
    /// </summary>
    public void Rate(RequestActor actor, DateTimeOffset at) => Fire(RequestTrigger.Rate, actor, at);

    /// <summary>The officer corrects the name or institution printed on the documents, answering a correction request.</summary>
    public void CorrectCustomer(RequestActor actor, string name, string? institution)
    {
        RequireRole(actor, ActorRole.Officer);
        RequireState(RequestState.OfferCorrectionRequested);
        var customer = Customer ?? throw new InvalidOperationException($"Request {Id} was submitted without customer details.");
        Customer = customer with { Name = RequireName(name), Institution = string.IsNullOrWhiteSpace(institution) ? null : institution.Trim() };
        Version++;
    }

    /// <summary>
    /// Records a file the office issued. A new invoice, sample, agreement, billing slip or receipt replaces the
    /// current one of its kind.
    /// </summary>
    public IssuedFile Issue(IssuedFileKind kind, string? number, string fileId, string fileName, DateTimeOffset at, int? lineNumber = null, DateTimeOffset? availableUntil = null)
    {
        ReplaceIssued(kind, lineNumber);
        if (kind == IssuedFileKind.Agreement)
        {
            CloseChecks(at, OfficeCheckSubject.SignedAgreement); // a scan of the agreement it replaces is not accepted as it is
        }

        var file = new IssuedFile(kind, number, fileId, fileName, at, lineNumber, availableUntil);
        _issued.Add(file);
        Version++;
        return file;
    }

    /// <summary>
    /// Records the files one delivery made for a line (a map comes as several formats and its metadata): together
    /// they replace the files of an earlier delivery of that line, never each other.
    /// </summary>
    public void IssueProducts(int lineNumber, IEnumerable<(string FileId, string FileName)> files, DateTimeOffset at, DateTimeOffset availableUntil)
    {
        ReplaceIssued(IssuedFileKind.Product, lineNumber);
        _issued.AddRange(files.Select(f => new IssuedFile(IssuedFileKind.Product, null, f.FileId, f.FileName, at, lineNumber, availableUntil)));
        Version++;
    }

    private void ReplaceIssued(IssuedFileKind kind, int? lineNumber)
    {
        foreach (var previous in _issued.Where(f => f.Kind == kind && f.LineNumber == lineNumber && !f.Replaced))
        {
            previous.Replaced = true;
        }
    }

    /// <summary>Records how the officer hands the product over at the walk-in desk, with the delivery step that follows.</summary>
    public void RecordHandover(RequestActor actor, DeskHandover handover)
    {
        RequireDesk(actor);
        Handover = handover;
        Version++;
    }

    /// <summary>The customer downloads an issued file: counted; refused once it is replaced or its download window has closed.</summary>
    public IssuedFile RecordDownload(string fileId, DateTimeOffset now)
    {
        var file = _issued.FirstOrDefault(f => f.FileId == fileId) ?? throw new TransitionRefusedException("This request has no such file.");
        if (file.Replaced)
        {
            throw new TransitionRefusedException("The office replaced this file with a corrected one.");
        }

        if (!file.AvailableAt(now))
        {
            throw new TransitionRefusedException("The download period of this file has ended. You can ask for a new link on the request page.");
        }

        file.DownloadCount++;
        Version++;
        return file;
    }

    /// <summary>
    /// The customer asks for new download links once a delivered product's window has closed, also after the request
    /// is completed: the product files in force can be downloaded for another window, through the same links.
    /// </summary>
    /// <returns>The files given a new window.</returns>
    public IReadOnlyList<IssuedFile> RenewDownloads(RequestActor actor, DateTimeOffset now, DateTimeOffset until)
    {
        if (actor.Role != ActorRole.Customer || actor.UserId != CustomerId)
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }

        RequireState(RequestState.Delivered, RequestState.ProductCorrectionRequested, RequestState.Completed, RequestState.Rated);
        var ended = _issued.Where(f => f.Kind == IssuedFileKind.Product && !f.Replaced && !f.AvailableAt(now)).ToList();
        if (ended.Count == 0)
        {
            throw new TransitionRefusedException("The download links of this request still work.");
        }

        foreach (var file in ended)
        {
            file.AvailableUntil = until;
        }

        Version++;
        return ended;
    }

    /// <summary>The files in force that took the place of <paramref name="replaced"/>: the same kind, for the same line.</summary>
    public IReadOnlyList<IssuedFile> ReplacementsOf(IssuedFile replaced) =>
        _issued.Where(f => f.Kind == replaced.Kind && f.LineNumber == replaced.LineNumber && !f.Replaced).ToList();

    /// <summary>The current (not replaced) file of a kind, if any.</summary>
    public IssuedFile? Current(IssuedFileKind kind) => _issued.LastOrDefault(f => f.Kind == kind && !f.Replaced);

    /// <summary>The triggers this actor may fire now: exactly the actions a page offers.</summary>
    public IReadOnlyList<RequestTrigger> PermittedTriggers(RequestActor actor)
    {
        var machine = Machine();
        return Enum.GetValues<RequestTrigger>().Where(t => MayAct(actor, t) && machine.CanFire(t)).ToList();
    }

    /// <summary>Moves the request on, or refuses with a reason and changes nothing.</summary>
    public void Fire(RequestTrigger trigger, RequestActor actor, DateTimeOffset at, string? reason = null)
    {
        if (trigger == RequestTrigger.Submit && Number is null)
        {
            throw new InvalidOperationException("A draft is sent with Submit, which gives it its number and keeps the customer's details.");
        }

        var machine = RequireCanFire(trigger, actor, reason);
        var from = State;
        machine.Fire(trigger);
        if (trigger == RequestTrigger.Submit)
        {
            SubmittedAt ??= at;
        }
        else if (State == RequestState.Completed)
        {
            CompletedAt ??= at;
        }

        _timeline.Add(new RequestTransition(at, actor.UserId, actor.Role, trigger, from, State, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        CloseChecks(at, trigger switch
        {
            RequestTrigger.ConfirmPayment => [OfficeCheckSubject.Payment],
            RequestTrigger.ReceiveSignedAgreement => [OfficeCheckSubject.SignedAgreement],
            _ when State == RequestState.Cancelled => Enum.GetValues<OfficeCheckSubject>(),
            _ => [],
        });
        Version++;
    }

    /// <summary>Refuses, as <see cref="Fire"/> would, a step this actor may not take now; changes nothing either way.</summary>
    public void Check(RequestTrigger trigger, RequestActor actor, string? reason = null) => RequireCanFire(trigger, actor, reason);

    /// <summary>Refuses, with the reason a person can act on, a step this actor may not take now.</summary>
    private Stateless.StateMachine<RequestState, RequestTrigger> RequireCanFire(RequestTrigger trigger, RequestActor actor, string? reason)
    {
        if (!MayAct(actor, trigger))
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }

        if (RequestLifecycle.RequiresReason(trigger) && string.IsNullOrWhiteSpace(reason))
        {
            throw new TransitionRefusedException("Please give a reason.");
        }

        var machine = Machine();
        if (!machine.CanFire(trigger, out var unmet))
        {
            throw unmet is { Count: > 0 }
                ? new TransitionRefusedException("This step needs first: {0}.", unmet.First())
                : new TransitionRefusedException("This step is not possible while the request is {0}.", State);
        }

        return machine;
    }

    private Stateless.StateMachine<RequestState, RequestTrigger> Machine() =>
        RequestLifecycle.For(this, () => State, s => State = s);

    /// <summary>A customer acts only on their own request; staff act in the roles the trigger names.</summary>
    private bool MayAct(RequestActor actor, RequestTrigger trigger) =>
        RequestLifecycle.ActorsOf(trigger, Channel).Contains(actor.Role) && (actor.Role != ActorRole.Customer || actor.UserId == CustomerId);

    /// <summary>A draft is put together by its customer online, or by the officer with the visitor at the walk-in desk.</summary>
    private void RequireDrafter(RequestActor actor)
    {
        if (!(actor.Role == ActorRole.Customer && actor.UserId == CustomerId) && !ServedAtDesk(actor))
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }
    }

    /// <summary>The officer serving a walk-in request at the desk.</summary>
    private bool ServedAtDesk(RequestActor actor) => actor.Role == ActorRole.Officer && Channel == SalesChannel.WalkIn;

    private void RequireDesk(RequestActor actor)
    {
        if (!ServedAtDesk(actor))
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }
    }

    private static void RequireRole(RequestActor actor, ActorRole role)
    {
        if (actor.Role != role)
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }
    }

    private void RequireState(params RequestState[] states)
    {
        if (!states.Contains(State))
        {
            throw new TransitionRefusedException("This step is not possible while the request is {0}.", State);
        }
    }

    private RequestDocument Document(string code) =>
        _documents.FirstOrDefault(d => d.Code == code) ?? throw new TransitionRefusedException("This request does not need that document.");

    private RequestDocument UploadedDocument(string code)
    {
        var document = Document(code);
        if (document.Status == DocumentStatus.Missing)
        {
            throw new TransitionRefusedException("This document has not been uploaded.");
        }

        return document;
    }

    private static string RequireName(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new TransitionRefusedException("Please give the name.") : text.Trim();

    private static string RequireText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new TransitionRefusedException("Please give a reason.") : text.Trim();
}
