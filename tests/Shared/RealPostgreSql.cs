namespace Pst.Tests.Shared;

/// <summary>
/// The PostgreSQL server given by <c>PST_TEST_POSTGRES</c> (a connection string to a server whose user may create
/// databases). Without it a test is skipped, unless <c>PST_REQUIRE_POSTGRES=1</c> (set by CI) makes that a failure.
/// One source file, linked into each test project that needs a server.
/// </summary>
internal static class RealPostgreSql
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PST_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static string ConnectionStringOrSkip()
    {
        if (ConnectionString is { } connectionString)
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
