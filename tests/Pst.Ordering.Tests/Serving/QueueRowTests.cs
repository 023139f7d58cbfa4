using Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;
using Pst.Ordering.Lifecycle;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Serving;

public sealed class QueueRowTests
{
    [Theory]
    [InlineData(true, 5, "on-time")]
    [InlineData(true, 3, "on-time")]
    [InlineData(true, 2, "due-soon")]
    [InlineData(true, 0, "due-soon")]
    [InlineData(true, -1, "overdue")]
    [InlineData(false, -4, "paused")]
    public void The_work_queue_colours_a_request_by_the_working_days_left(bool running, int remaining, string urgency) =>
        Assert.Equal(urgency, new QueueRow(NewDraft(), new ClockReading(true, running, 10 - remaining, remaining, running ? new DateOnly(2026, 3, 30) : null)).Urgency);
}
