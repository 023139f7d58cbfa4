namespace Pst.Data.Tests;

/// <summary>
/// The PostgreSQL server given by <c>PST_TEST_POSTGRES</c> (a connection string to a server whose user may create
/// databases). Without it the test is skipped, unless <c>PST_REQUIRE_POSTGRES=1</c> (set by CI) makes that a failure.
/// </summary>
internal static class RealPostgreSql
{
    public static string ConnectionStringOrSkip()
    {
        var connectionString = Environment.GetEnvironmentVariable("PST_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        if (Environment.GetEnvironmentVariable("PST_REQUIRE_POSTGRES") == "1")
        {
            Assert.Fail("PST_REQUIRE_POSTGRES=1 but PST_TEST_POSTGRES names no PostgreSQL server.");
        }

        Assert.Skip("No PostgreSQL server: set PST_TEST_POSTGRES to a connection string to run this test.");
        return "";
    }
}
