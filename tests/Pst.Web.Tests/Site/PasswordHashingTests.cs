using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pst.Data.Accounts;
using Pst.Web.Hosting;

namespace Pst.Web.Tests.Site;

/// <summary>
/// The test sites hash passwords with few iterations (<see cref="Infrastructure.PstAppFactory"/>: the suite makes and
/// signs in hundreds of accounts). The site itself must keep Identity's full cost: this builds it as it runs.
/// </summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public async Task The_site_as_it_runs_stores_passwords_with_identity_v3_and_at_least_100000_iterations()
    {
        await using var app = PstHost.Build(["--environment=Production", $"--applicationName={typeof(Program).Assembly.GetName().Name}"]);
        var hasher = app.Services.GetRequiredService<IPasswordHasher<PstUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new PstUser(), "rahasia-sekali-1"));

        // Identity's v3 layout: a format marker, the PRF, the iteration count (big-endian), the salt length, the salt, the key.
        Assert.Equal(0x01, hash[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 100_000, "The site hashes passwords with fewer than 100,000 iterations.");
    }
}
