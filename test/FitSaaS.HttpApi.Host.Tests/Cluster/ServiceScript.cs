using System.Diagnostics;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Runs one of the repository's service scripts (<c>etc/scripts/&lt;name&gt;.sh start|stop|…</c>: postgres, redis, rabbitmq)
/// with the given environment (its own port and throw-away directory), so a fault test can stop and restart a server of its
/// own. Returns the script's last stdout line (what the scripts print for the tests: a connection string).
/// </summary>
public static class ServiceScript
{
    /// <summary>True when <c>etc/scripts/&lt;name&gt;.sh</c> exists in this checkout.</summary>
    public static bool Exists(string name) => File.Exists(PathOf(name));

    /// <summary>Runs <c>etc/scripts/&lt;name&gt;.sh &lt;command&gt;</c>; throws with its stderr when it fails.</summary>
    public static async Task<string> RunAsync(string name, string command, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(PathOf(name));
        info.ArgumentList.Add(command);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name}.sh {command} failed ({process.ExitCode}): {await stderr}");
        }

        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
    }

    private static string PathOf(string name) => Path.Combine(HostBinaries.RepositoryRoot(), "etc", "scripts", $"{name}.sh");
}
