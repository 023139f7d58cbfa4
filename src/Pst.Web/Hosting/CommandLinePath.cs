namespace Pst.Web.Hosting;

/// <summary>
/// A path typed on the command line means the folder the command was typed in. <c>dotnet run</c> starts the site in
/// its project folder (its content root), so the process's current directory is not that folder; POSIX shells pass
/// it on as <c>PWD</c>, which is used when it names a folder. A published site started where it is has both equal.
/// </summary>
public static class CommandLinePath
{
    public static string Resolve(string path, string? typedIn = null)
    {
        typedIn ??= Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
        return Path.GetFullPath(path, typedIn);
    }
}
