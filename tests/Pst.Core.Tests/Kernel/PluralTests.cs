using Pst.Core.Kernel;

namespace Pst.Core.Tests.Kernel;

public sealed class PluralTests
{
    [Theory]
    [InlineData(1, "{0} working day left")]
    [InlineData(-1, "{0} working day left")]
    [InlineData(0, "{0} working days left")]
    [InlineData(2, "{0} working days left")]
    public void One_takes_the_singular_key_every_other_count_the_plural(long count, string expected) =>
        Assert.Equal(expected, Plural.Key(count, "{0} working day left", "{0} working days left"));
}
