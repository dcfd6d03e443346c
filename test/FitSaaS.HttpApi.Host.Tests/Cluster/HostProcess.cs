using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// One instance of the built web host (<c>FitSaaS.HttpApi.Host.dll</c>) running as its own OS process on a loopback port,
/// configured only by environment variables, its console log (JSON lines) captured in memory across restarts. Killing it
/// is a real <c>kill -9</c> (<see cref="Process.Kill(bool)"/> sends SIGKILL on Linux).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _environment;
    private readonly List<HostLogLine> _lines = [];
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
    private readonly StallWatchdogHandler _watchdog;
    private Process? _process;
    private int _run;

    internal HostProcess(string name, int port, IReadOnlyDictionary<string, string?> environment)
    {
        Name = name;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _environment = new Dictionary<string, string?>(environment, StringComparer.Ordinal);
        _watchdog = new StallWatchdogHandler(this, _handler);
    }

    /// <summary>More to put in a stall report (the cluster adds its database's activity and locks), or null.</summary>
    public Func<Task<string>>? DescribeDependenciesAsync { get; set; }

    /// <summary>Name in logs and messages (<c>A</c>, <c>B</c>).</summary>
    public string Name { get; }

    /// <summary>Loopback port the instance listens on (kept across restarts).</summary>
    public int Port { get; }

    /// <summary><c>http://127.0.0.1:{port}</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>True while the OS process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The OS process id of the current run.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"Instance {Name} is not running.");

    /// <summary>Every log line of every run so far, oldest first.</summary>
    public IReadOnlyList<HostLogLine> Logs
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Changes an environment variable for the next start (null removes it).</summary>
    public void SetEnvironment(string name, string? value) => _environment[name] = value;

    /// <summary>A client for this instance, optionally sending a bearer token (dispose it; the connection pool stays).</summary>
    public HttpClient CreateClient(string? accessToken = null)
    {
        var client = new HttpClient(_watchdog, disposeHandler: false) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>Starts the process and waits until <c>/health/live</c> and then <c>/health/ready</c> answer 200.</summary>
    /// <exception cref="InvalidOperationException">It exited or was not ready within <paramref name="timeout"/> (log tail in the message).</exception>
    public async Task StartAsync(TimeSpan timeout)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"Instance {Name} already runs.");
        }

        var run = ++_run;
        var (dotnet, hostDll) = HostBinaries.Locate();
        var info = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in _environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(run, e.Data);
        process.ErrorDataReceived += (_, e) => Append(run, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Instance {Name} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilAsync("/health/live", timeout);
        await WaitUntilAsync("/health/ready", timeout);
    }

    /// <summary><c>kill -9</c>: the process dies at once, in the middle of whatever it does.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>Kills (if running) and starts again on the same port with the same environment.</summary>
    public async Task RestartAsync(TimeSpan timeout)
    {
        await KillAsync();
        await StartAsync(timeout);
    }

    /// <summary>The last <paramref name="count"/> log lines as text (for assertion messages).</summary>
    public string Tail(int count = 40) =>
        $"--- last log lines of instance {Name} ---{Environment.NewLine}" + string.Join(Environment.NewLine, Logs.TakeLast(count).Select(line => line.Text));

    /// <summary>Log lines of the given event id (all runs).</summary>
    public IReadOnlyList<HostLogLine> LogsOf(int eventId) => Logs.Where(line => line.EventId == eventId).ToList();

    /// <summary>
    /// What the instance is doing now, for a request it has left unanswered: its dependencies (see
    /// <see cref="DescribeDependenciesAsync"/>), its last log lines, and its managed threads and pending async methods.
    /// </summary>
    public async Task<string> DescribeStallAsync()
    {
        var text = new System.Text.StringBuilder();
        if (DescribeDependenciesAsync is { } dependencies)
        {
            text.AppendLine(await dependencies());
        }

        text.AppendLine(Tail(80));
        if (_process is { HasExited: false } process)
        {
            text.AppendLine(ProcessStacks.Describe(process.Id));
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _watchdog.Dispose(); // and the socket handler inside it
    }

    private void Append(int run, string? text)
    {
        if (text is null)
        {
            return;
        }

        var line = HostLogLine.Parse(Name, run, text);
        lock (_lines)
        {
            _lines.Add(line);
        }
    }

    private async Task WaitUntilAsync(string path, TimeSpan timeout)
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(10);
        var deadline = DateTime.UtcNow + timeout;
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (_process is not { HasExited: false })
            {
                throw new InvalidOperationException($"Instance {Name} exited (code {_process?.ExitCode}) before {path} answered.{Environment.NewLine}{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or SocketException)
            {
                last = ex.Message;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"Instance {Name}: {path} not 200 within {timeout} (last: {last}).{Environment.NewLine}{Tail()}");
    }
}

/// <summary>One console line of a host process; JSON console lines are parsed (event id, category, state).</summary>
/// <param name="Instance">Instance name.</param>
/// <param name="Run">1 for the first start, 2 after the first restart, …</param>
/// <param name="Text">The raw line.</param>
/// <param name="EventId">Logger event id (0 when not a JSON line).</param>
/// <param name="Category">Logger category (empty when not a JSON line).</param>
/// <param name="State">The structured values of the message (empty when not a JSON line).</param>
public sealed record HostLogLine(string Instance, int Run, string Text, int EventId, string Category, IReadOnlyDictionary<string, string?> State)
{
    internal static HostLogLine Parse(string instance, int run, string text)
    {
        if (!text.StartsWith('{'))
        {
            return new HostLogLine(instance, run, text, 0, "", new Dictionary<string, string?>());
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var state = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (root.TryGetProperty(nameof(State), out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in values.EnumerateObject())
                {
                    state[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                }
            }

            return new HostLogLine(
                instance,
                run,
                text,
                root.TryGetProperty(nameof(EventId), out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt32() : 0,
                root.TryGetProperty(nameof(Category), out var category) ? category.GetString() ?? "" : "",
                state);
        }
        catch (JsonException)
        {
            return new HostLogLine(instance, run, text, 0, "", new Dictionary<string, string?>());
        }
    }
}

/// <summary>Finds the built host and the <c>dotnet</c> muxer, relative to the test assembly (<c>artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/</c>).</summary>
internal static class HostBinaries
{
    public static (string Dotnet, string HostDll) Locate()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testDirectory.Name;
        var bin = testDirectory.Parent?.Parent
            ?? throw new InvalidOperationException($"Unexpected test output folder {testDirectory.FullName}.");
        var hostDll = Path.Combine(bin.FullName, "FitSaaS.HttpApi.Host", configuration, "FitSaaS.HttpApi.Host.dll");
        if (!File.Exists(hostDll))
        {
            throw new InvalidOperationException($"The built host is missing: {hostDll} (build the solution first).");
        }

        return (DotnetMuxer(), hostDll);
    }

    /// <summary>The folder holding FitSaaS.sln (for etc/scripts).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FitSaaS.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FitSaaS.sln above {AppContext.BaseDirectory}.");
    }

    private static string DotnetMuxer()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
