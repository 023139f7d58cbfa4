// Code that breaks the rules on purpose, so each rule's test shows it can fail. Nothing uses these types.
namespace Pst.Architecture.Tests.Fixtures.CycleA
{
    public sealed class First
    {
        public CycleB.Second? Next { get; set; }
    }
}

namespace Pst.Architecture.Tests.Fixtures.CycleB
{
    public sealed class Second
    {
        public CycleA.First? Back { get; set; }
    }
}

namespace Pst.Architecture.Tests.Fixtures.ReachesIntoOrdering
{
    /// <summary>A "module" that uses Ordering's own code (its module class) and a database provider directly.</summary>
    public sealed class ReadsRequests
    {
        public Pst.Ordering.OrderingModule? Ordering { get; set; }

        public Microsoft.EntityFrameworkCore.DbContext? Database { get; set; }
    }
}

namespace Pst.Architecture.Tests.Fixtures.KeepsToTheContract
{
    /// <summary>A "module" that reads a request as the ordering contract shows it: allowed.</summary>
    public sealed class ReadsSummaries
    {
        public Pst.Ordering.Abstractions.RequestSummary? Request { get; set; }
    }
}

namespace Pst.Architecture.Tests.Fixtures.OpenByMistake
{
    /// <summary>A staff page whose author forgot to say who may open it.</summary>
    public sealed class ForgottenPage : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
    {
    }
}
