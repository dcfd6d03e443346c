using Microsoft.Playwright;

namespace FitSaaS.HttpApi.Host.Tests.Browser;

/// <summary>
/// A headless system Chromium (Debian's <c>chromium</c> package, path from <c>FitSaaS_Test__Chromium</c>) driven by
/// Playwright's bundled node driver. Browser downloads are impossible on the build machines, so Playwright never uses its
/// own browser builds here. Without the variable the fixture stays empty and the tests skip with <see cref="SkipReason"/>;
/// with it, a browser that cannot start fails the tests.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The environment variable naming the Chromium executable (set by etc/scripts/test.sh).</summary>
    public const string EnvironmentVariable = "FitSaaS_Test__Chromium";

    /// <summary>Why the browser tests skip when <see cref="EnvironmentVariable"/> is not set.</summary>
    public const string SkipReason =
        "needs Chromium: set FitSaaS_Test__Chromium to the browser executable (etc/scripts/test.sh does, via etc/scripts/chromium.sh ensure)";

    /// <summary>Generous time-out for every browser action and wait, in milliseconds (the build machines are slow and shared).</summary>
    public const float TimeoutMilliseconds = 90_000;

    private IPlaywright? _playwright;

    /// <summary>The Chromium executable from <see cref="EnvironmentVariable"/>, or null.</summary>
    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The running browser; null when <see cref="ExecutablePath"/> is not set.</summary>
    public IBrowser? Browser { get; private set; }

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        if (ExecutablePath is not { } executable)
        {
            return;
        }

        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{EnvironmentVariable}={executable} does not exist (run etc/scripts/chromium.sh ensure).");
        }

        // Web-first assertions (Expect) retry up to this long too, instead of Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(TimeoutMilliseconds);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // The suite runs as root in CI, where Chromium's sandbox cannot start; Playwright then passes --no-sandbox.
            ChromiumSandbox = false,
            Timeout = TimeoutMilliseconds,
        });
    }

    /// <summary>A fresh, isolated browser context (no cookies, storage or authorization) with the time-outs set.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var browser = Browser ?? throw new InvalidOperationException(SkipReason);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(TimeoutMilliseconds);
        context.SetDefaultNavigationTimeout(TimeoutMilliseconds);
        return await context.NewPageAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        // Closing the browser ends the Chromium processes; disposing Playwright ends the node driver.
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
            Browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }
}
