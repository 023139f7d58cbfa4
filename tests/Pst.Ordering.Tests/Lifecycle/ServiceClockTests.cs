using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Lifecycle;

/// <summary>The 10-working-day clock on the 2026 calendar around Nyepi and Idulfitri; every expected date counted by hand.</summary>
public sealed class ServiceClockTests
{
    // The closed days of March–April 2026 from the joint decree (national holidays and collective leave).
    private static readonly WorkingDayCalendar Calendar = new(
    [
        new(new DateOnly(2026, 3, 18), HolidayKind.CollectiveLeave, "Nyepi"),
        new(new DateOnly(2026, 3, 19), HolidayKind.NationalHoliday, "Nyepi"),
        new(new DateOnly(2026, 3, 20), HolidayKind.CollectiveLeave, "Idulfitri"),
        new(new DateOnly(2026, 3, 21), HolidayKind.NationalHoliday, "Idulfitri"),
        new(new DateOnly(2026, 3, 22), HolidayKind.NationalHoliday, "Idulfitri"),
        new(new DateOnly(2026, 3, 23), HolidayKind.CollectiveLeave, "Idulfitri"),
        new(new DateOnly(2026, 3, 24), HolidayKind.CollectiveLeave, "Idulfitri"),
        new(new DateOnly(2026, 4, 3), HolidayKind.NationalHoliday, "Wafat Yesus Kristus"),
    ], collectiveLeaveIsClosed: true);

    private static DateTimeOffset On(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, OfficeTime.Offset);

    private static ClockReading Read(Request request, int month, int day) =>
        ServiceClock.Read(request.ClockHistory, Calendar, new DateOnly(2026, month, day));

    /// <summary>Submitted on 16 March, requirements complete on Tuesday 17 March 2026.</summary>
    private static Request CompleteOn17March()
    {
        var request = NewDraft();
        request.WriteDocument(Customer, Abstract, "f", "{}");
        request.Act(RequestTrigger.Submit, Customer, On(3, 16));
        request.AcceptDocument(Officer, Abstract);
        request.Fire(RequestTrigger.CompleteRequirements, Officer, On(3, 17));
        return request;
    }

    [Fact]
    public void The_first_delivery_keeps_the_working_days_used_once_and_a_later_holiday_or_redelivery_does_not_rewrite_it()
    {
        var request = DeliveredOn8AprilAfterPauses();

        request.RecordFirstDelivery(Calendar);

        // 25 March (18–24 closed); 31 March; 6, 7 and 8 April (3 April closed): 5 working days.
        Assert.Equal((On(4, 8), 5), (request.FirstDeliveredAt, request.WorkingDaysToDelivery));
        request.Fire(RequestTrigger.RequestProductCorrection, Customer, On(4, 9), "Halaman 3 kosong");
        request.Fire(RequestTrigger.Redeliver, Officer, On(4, 14), "Halaman 3 dilengkapi");
        request.RecordFirstDelivery(new WorkingDayCalendar([new(new DateOnly(2026, 4, 7), HolidayKind.NationalHoliday, "Libur tambahan")], collectiveLeaveIsClosed: true));
        Assert.Equal((On(4, 8), 5), (request.FirstDeliveredAt, request.WorkingDaysToDelivery));
    }

    [Fact]
    public void A_request_keeps_when_it_was_first_sent_and_when_it_was_completed()
    {
        var request = DeliveredOn8AprilAfterPauses();
        Assert.Equal((On(3, 16), (DateTimeOffset?)null), (request.SubmittedAt, request.CompletedAt));

        request.Fire(RequestTrigger.AcceptProduct, Customer, On(4, 10));
        request.Fire(RequestTrigger.Rate, Customer, On(4, 13));

        Assert.Equal((On(3, 16), On(4, 10)), (request.SubmittedAt, request.CompletedAt));
    }

    [Fact]
    public void A_walk_in_delivery_is_kept_without_working_days_and_an_undelivered_request_keeps_nothing()
    {
        var walkIn = In(RequestState.Delivered, SalesChannel.WalkIn);
        walkIn.RecordFirstDelivery(Calendar);
        Assert.Equal((Start, (int?)null), (walkIn.FirstDeliveredAt, walkIn.WorkingDaysToDelivery));

        var open = CompleteOn17March();
        open.RecordFirstDelivery(Calendar);
        Assert.Equal(((DateTimeOffset?)null, (int?)null), (open.FirstDeliveredAt, open.WorkingDaysToDelivery));
    }

    [Fact]
    public void The_clock_does_not_start_before_requirements_are_complete()
    {
        var request = In(RequestState.Submitted);
        Assert.Equal(new ClockReading(false, false, 0, 10, null), Read(request, 3, 20));
    }

    [Fact]
    public void Complete_on_17_March_is_due_on_8_April_and_the_closed_days_do_not_count()
    {
        var request = CompleteOn17March();

        Assert.Equal(new ClockReading(true, true, 0, 10, new DateOnly(2026, 4, 8)), Read(request, 3, 17));
        Assert.Equal(new ClockReading(true, true, 0, 10, new DateOnly(2026, 4, 8)), Read(request, 3, 24)); // all closed since
        Assert.Equal(new ClockReading(true, true, 1, 9, new DateOnly(2026, 4, 8)), Read(request, 3, 25));
    }

    [Fact]
    public void An_overdue_request_read_on_a_weekend_keeps_the_due_date_it_had_on_friday()
    {
        var request = CompleteOn17March();

        // Due Wednesday 8 April; overdue by 2 working days on Friday 10 April, still 2 over the weekend, 3 on Monday.
        Assert.Equal(new ClockReading(true, true, 12, -2, new DateOnly(2026, 4, 8)), Read(request, 4, 10));
        Assert.Equal(new ClockReading(true, true, 12, -2, new DateOnly(2026, 4, 8)), Read(request, 4, 11));
        Assert.Equal(new ClockReading(true, true, 12, -2, new DateOnly(2026, 4, 8)), Read(request, 4, 12));
        Assert.Equal(new ClockReading(true, true, 13, -3, new DateOnly(2026, 4, 8)), Read(request, 4, 13));
    }

    [Fact]
    public void A_request_due_on_friday_read_on_saturday_is_still_due_on_friday()
    {
        var request = CompleteOn17March();
        request.Fire(RequestTrigger.IssueOffer, Officer, On(3, 26)); // 2 days used
        request.Fire(RequestTrigger.AcceptOffer, Customer, On(4, 7)); // 8 left after Tuesday 7 April: 8–10, 13–17 April

        Assert.Equal(new ClockReading(true, true, 2, 8, new DateOnly(2026, 4, 17)), Read(request, 4, 7));
        Assert.Equal(new ClockReading(true, true, 10, 0, new DateOnly(2026, 4, 17)), Read(request, 4, 17));
        Assert.Equal(new ClockReading(true, true, 10, 0, new DateOnly(2026, 4, 17)), Read(request, 4, 18)); // Saturday
        Assert.Equal(new ClockReading(true, true, 11, -1, new DateOnly(2026, 4, 17)), Read(request, 4, 20));
    }

    [Fact]
    public void The_clock_pauses_while_the_customer_checks_the_offer_and_resumes_when_they_accept()
    {
        var request = CompleteOn17March();
        request.Fire(RequestTrigger.IssueOffer, Officer, On(3, 26)); // 25 and 26 March used: 2 days

        var paused = Read(request, 4, 1);
        Assert.Equal(new ClockReading(true, false, 2, 8, null), paused);

        request.Fire(RequestTrigger.AcceptOffer, Customer, On(4, 6, 15));

        // 8 working days after Monday 6 April: 7, 8, 9, 10, 13, 14, 15, 16 April.
        Assert.Equal(new ClockReading(true, true, 2, 8, new DateOnly(2026, 4, 16)), Read(request, 4, 6));
        Assert.Equal(new ClockReading(true, true, 4, 6, new DateOnly(2026, 4, 16)), Read(request, 4, 8));
    }

    [Fact]
    public void A_correction_asked_by_the_customer_runs_on_the_office_clock()
    {
        var request = CompleteOn17March();
        request.Fire(RequestTrigger.IssueOffer, Officer, On(3, 25));
        request.Fire(RequestTrigger.RequestOfferCorrection, Customer, On(3, 30), "NPWP salah");

        // 25 March used before the offer; then from 30 March the office acts again: 31 March, 1 April.
        Assert.Equal(new ClockReading(true, true, 3, 7, new DateOnly(2026, 4, 13)), Read(request, 4, 1));
    }

    [Fact]
    public void Past_the_limit_the_request_is_overdue_and_shows_the_day_it_was_due()
    {
        var request = CompleteOn17March();
        request.Fire(RequestTrigger.IssueOffer, Officer, On(3, 18));
        request.Fire(RequestTrigger.AcceptOffer, Customer, On(3, 18, 14));

        // 25, 26, 27, 30, 31 Mar, 1, 2, 6, 7, 8, 9, 10 Apr: 12 working days, 2 over.
        var reading = Read(request, 4, 10);
        Assert.Equal((12, -2, new DateOnly(2026, 4, 8)), (reading.Elapsed, reading.Remaining, reading.DueDate));
        Assert.True(reading.Overdue);
    }

    [Fact]
    public void Delivery_stops_the_clock()
    {
        var request = CompleteOn17March();
        foreach (var (trigger, actor) in new[]
        {
            (RequestTrigger.IssueOffer, Officer), (RequestTrigger.AcceptOffer, Customer), (RequestTrigger.MarkProductReady, Officer),
            (RequestTrigger.ConfirmPayment, Treasurer), (RequestTrigger.ReceiveSignedAgreement, Officer), (RequestTrigger.IssueReceipt, Treasurer),
            (RequestTrigger.Deliver, Officer),
        })
        {
            request.Act(trigger, actor, On(3, 27));
        }

        Assert.Equal(new ClockReading(true, false, 3, 7, null), Read(request, 4, 30));
    }
    [Fact]
    public void Once_paid_the_clock_runs_while_the_receipt_is_to_issue_when_no_agreement_is_needed()
    {
        var request = ReadyOn31March(needsAgreement: false);
        Assert.Equal(new ClockReading(true, false, 2, 8, null), Read(request, 4, 1)); // the customer pays

        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, On(4, 2));

        // From Thursday 2 April the treasurer acts: 6 April (3 April closed) is used; 8 days from 2 April end on 15 April.
        Assert.Equal(new ClockReading(true, true, 3, 7, new DateOnly(2026, 4, 15)), Read(request, 4, 6));
        request.Fire(RequestTrigger.IssueReceipt, Treasurer, On(4, 6));
        Assert.Equal(new ClockReading(true, true, 4, 6, new DateOnly(2026, 4, 15)), Read(request, 4, 7));
    }

    [Fact]
    public void Once_paid_the_clock_waits_for_the_signed_agreement_and_runs_from_the_moment_its_scan_comes_in()
    {
        var request = ReadyOn31March(needsAgreement: true);
        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, On(4, 2));
        Assert.Equal(new ClockReading(true, false, 2, 8, null), Read(request, 4, 6)); // the customer signs

        request.UploadSignedAgreement(Customer, "signed.pdf", On(4, 7));

        // The officer has the scan to accept from Tuesday 7 April: 8 and 9 April used; 8 days from 7 April end on 17 April.
        Assert.Equal(new ClockReading(true, true, 4, 6, new DateOnly(2026, 4, 17)), Read(request, 4, 9));
        request.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, On(4, 9));
        Assert.Equal(new ClockReading(true, true, 5, 5, new DateOnly(2026, 4, 17)), Read(request, 4, 10));
        Assert.NotNull(Assert.Single(request.OfficeChecks).ClosedAt);
    }

    [Fact]
    public void A_signed_scan_sent_before_paying_makes_the_clock_run_as_soon_as_the_payment_is_settled()
    {
        var request = ReadyOn31March(needsAgreement: true);
        request.UploadSignedAgreement(Customer, "signed.pdf", On(4, 1));
        Assert.Equal(new ClockReading(true, false, 2, 8, null), Read(request, 4, 1)); // still the customer's turn: to pay

        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, On(4, 2));

        Assert.Equal(new ClockReading(true, true, 3, 7, new DateOnly(2026, 4, 15)), Read(request, 4, 6));
    }

    [Fact]
    public void A_proof_of_payment_runs_the_clock_until_the_treasurer_rejects_it_and_again_from_the_next_one()
    {
        var request = ReadyOn31March(needsAgreement: true);

        request.RecordPaymentCheck(pending: true, On(4, 1));
        Assert.Equal(new ClockReading(true, true, 3, 7, new DateOnly(2026, 4, 14)), Read(request, 4, 2));
        request.RecordPaymentCheck(pending: false, On(4, 6)); // rejected: 2 and 6 April were the treasurer's
        Assert.Equal(new ClockReading(true, false, 4, 6, null), Read(request, 4, 8));

        request.RecordPaymentCheck(pending: true, On(4, 8));
        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, On(4, 9)); // verified on 9 April; the agreement is the customer's turn

        Assert.Equal(new ClockReading(true, false, 5, 5, null), Read(request, 4, 13));
        Assert.All(request.OfficeChecks, c => Assert.NotNull(c.ClosedAt));
        Assert.Equal(2, request.OfficeChecks.Count);
    }

    [Fact]
    public void A_proof_of_payment_is_only_taken_while_the_request_waits_for_payment()
    {
        var request = In(RequestState.InPreparation);
        Assert.Throws<TransitionRefusedException>(() => request.RecordPaymentCheck(pending: true, On(4, 1)));
        Assert.Empty(request.OfficeChecks);
    }

    [Fact]
    public void The_first_delivery_counts_the_days_the_office_had_a_proof_to_verify()
    {
        var request = ReadyOn31March(needsAgreement: false);
        request.RecordPaymentCheck(pending: true, On(4, 1));
        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, On(4, 2));
        request.Fire(RequestTrigger.IssueReceipt, Treasurer, On(4, 2));
        request.Fire(RequestTrigger.Deliver, Officer, On(4, 6));

        request.RecordFirstDelivery(Calendar);

        // 25 and 31 March, then 2 and 6 April (the day the proof came in does not count): 4 working days.
        Assert.Equal(4, request.WorkingDaysToDelivery);
    }
}
