using System.Diagnostics;
using System.Text.RegularExpressions;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

/// <summary>The host on Kestrel with the demo tenant seeded (<c>demo-gym</c>, members <c>member01</c>…).</summary>
public sealed class DemoGymKestrelFixture : FitSaaSWebFixture
{
    protected override bool UseKestrel => true;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Database:SeedDemoData", "true")];
}

/// <summary>Runs samples/FitSaaS.ConsoleClient as a user would (<c>dotnet FitSaaS.ConsoleClient.dll --RemoteServices:Default:BaseUrl=…</c>).</summary>
public sealed partial class ConsoleClientSampleTests(DemoGymKestrelFixture fixture) : IClassFixture<DemoGymKestrelFixture>
{
    [Fact]
    public async Task Sample_SignsInToDemoGym_ListsTheNextSessions_AndBooksOne_ThenTheNextOneOnASecondRun()
    {
        var first = await RunSampleAsync();
        var second = await RunSampleAsync();

        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("Signed in to demo-gym as member01");
        first.Output.ShouldContain("Next sessions (10 of ");
        var firstBooking = BookedLine().Match(first.Output);
        firstBooking.Success.ShouldBeTrue(first.Output);
        firstBooking.Groups["status"].Value.ShouldBe("Confirmed");
        second.ExitCode.ShouldBe(0, second.Output);
        second.Output.ShouldContain("Already booked into");
        var secondBooking = BookedLine().Match(second.Output);
        secondBooking.Success.ShouldBeTrue(second.Output);
        secondBooking.Groups["booking"].Value.ShouldNotBe(firstBooking.Groups["booking"].Value);
    }

    [Fact]
    public async Task Sample_WithAWrongPassword_ExitsWithTheTokenEndpointsError()
    {
        var run = await RunSampleAsync("--RemoteServices:Default:Authentication:Password=wrong");

        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain("Failed (RemoteService:TokenRequestFailed)");
        run.Output.ShouldContain("invalid_grant");
    }

    private async Task<(int ExitCode, string Output)> RunSampleAsync(params string[] arguments)
    {
        // artifacts/bin/FitSaaS.HttpApi.Host.Tests/<configuration>/ → artifacts/bin/FitSaaS.ConsoleClient/<configuration>/
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var sample = Path.Combine(testDirectory.Parent!.Parent!.FullName, "FitSaaS.ConsoleClient", testDirectory.Name, "FitSaaS.ConsoleClient.dll");
        File.Exists(sample).ShouldBeTrue($"Build the solution first: {sample} is missing.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(sample);
        start.ArgumentList.Add($"--RemoteServices:Default:BaseUrl={fixture.ServerAddress}");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The sample did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"Booked .+: (?<status>Confirmed|Waitlisted).*, booking (?<booking>[0-9a-f-]{36})\.")]
    private static partial Regex BookedLine();
}
