using System.Diagnostics;
using Xunit;

namespace FitSaaS.Testing;

/// <summary>Runs a program to its end for a test (a built tool, the sample, <c>dotnet run</c>), capturing its output.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (each passed as is, no shell) and returns the exit
    /// code and stdout followed by stderr; killed after <paramref name="timeout"/> (default 3 minutes) or when the test is cancelled.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The built output of another project of the solution, next to the calling test assembly (UseArtifactsOutput layout).</summary>
    public static string BuiltAssembly(string projectName)
    {
        // artifacts/bin/<TestProject>/<configuration>/ → artifacts/bin/<projectName>/<configuration>/<projectName>.dll
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(testDirectory.Parent!.Parent!.FullName, projectName, testDirectory.Name, projectName + ".dll");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Build the solution first: {path} is missing.");
        }

        return path;
    }
}
