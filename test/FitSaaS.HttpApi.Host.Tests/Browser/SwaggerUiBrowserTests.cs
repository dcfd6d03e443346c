using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Http;
using FitSaaS.HttpApi.Host.Tests.Cluster;
using FitSaaS.HttpApi.Host.Tests.Platform;
using FitSaaS.HttpApi.Host.Tests.Identity;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitSaaS.HttpApi.Host.Tests.Browser;

/// <summary>The browser tests run on their own (headless Chromium is heavy on a 2-core machine; timing tests should not share it).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public static class BrowserCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}

/// <summary>
/// Swagger UI in a real headless Chromium against the host on a loopback socket: the page lists the operations of every
/// module, and "try it out" works without authorizing, with a pasted bearer token, and after authorizing through the
/// authorization code flow with PKCE (the sign-in page in Swagger UI's pop-up). The browser session of the sign-in page also
/// opens the Hangfire Dashboard, to host admins only. Screenshots land in
/// <c>artifacts/test-results/swagger-ui/{lane}-{name}.png</c> (plus the page HTML on failure).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SwaggerUiBrowserTests(OpenIdConnectWebFixture web, ChromiumFixture chromium)
    : IClassFixture<OpenIdConnectWebFixture>, IClassFixture<ChromiumFixture>
{
    private const string ProfilePath = "/api/account/my-profile";

    /// <summary>A recurring job every host has (the token server's pruning job).</summary>
    private const string TokenPruningJobName = "Identity.TokenPruning";

    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Secrets the page may show (the access token in the curl snippet): masked in screenshots, redacted in saved HTML.</summary>
    private readonly List<string> _secrets = [];

    [Fact]
    public async Task SwaggerUi_ListsTheOperationsOfEveryModule()
    {
        await InBrowserAsync("operations", async page =>
        {
            var expected = await ExpectedOperationsAsync();
            await OpenSwaggerUiAsync(page);

            var rendered = await ScrollThroughOperationsAsync(page);

            var missing = expected.Where(e => !rendered.Contains(e.Key))
                .GroupBy(e => e.Value, e => e.Key)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: {string.Join(", ", g.Order(StringComparer.Ordinal))}")
                .ToList();
            missing.ShouldBeEmpty($"operations not rendered by Swagger UI ({rendered.Count} rendered)");
            rendered.Count.ShouldBe(expected.Count, "Swagger UI renders exactly the operations of the OpenAPI document");
        });
    }

    [Fact]
    public async Task TryItOut_AfterAuthorizingWithABearerToken_ShowsTheAdminsProfile()
    {
        await InBrowserAsync("try-it-out-authorized", async page =>
        {
            var token = await HostAdminAccessTokenAsync();
            _secrets.Add(token);

            await OpenSwaggerUiAsync(page);
            await AuthorizeAsync(page, token);
            var operation = await ExecuteAsync(page, "get", ProfilePath);

            await Expect(operation.Locator(".live-responses-table tr.response > td.response-col_status")).ToHaveTextAsync(StatusCode(200));
            await Expect(operation.Locator(".live-responses-table tr.response > td.response-col_description"))
                .ToContainTextAsync(UserNameAdmin());
        });
    }

    [Fact]
    public async Task TryItOut_AfterAuthorizingWithTheAuthorizationCodeFlow_ShowsTheAdminsProfile()
    {
        await InBrowserAsync("try-it-out-authorization-code", async page =>
        {
            await OpenSwaggerUiAsync(page);
            await page.Locator(".auth-wrapper button.authorize").ClickAsync();
            var dialog = page.Locator(".dialog-ux .modal-ux");
            var oauth = dialog.Locator(".auth-container").Filter(new LocatorFilterOptions { HasText = "authorizationCode" });
            await Expect(oauth).ToHaveCountAsync(1);
            await Expect(oauth.Locator("input[data-name=clientId]")).ToHaveValueAsync(IdentityConsts.SwaggerClientId);

            // Swagger UI opens the authorization request (with a PKCE challenge) in a pop-up, which shows the sign-in page.
            var popup = await page.RunAndWaitForPopupAsync(() => oauth.Locator("button.authorize").ClickAsync());
            await Expect(popup.Locator("h1")).ToHaveTextAsync("Sign in to FitSaaS");
            await popup.Locator("#userName").FillAsync(IdentityConsts.AdminUserName);
            await popup.Locator("#password").FillAsync("not-the-password");
            await popup.Locator("#sign-in").ClickAsync();
            await Expect(popup.Locator("#error")).ToHaveTextAsync(FitSaaS.Pages.Account.LoginModel.FailedMessage);
            await popup.Locator("#userName").FillAsync(IdentityConsts.AdminUserName);
            await popup.Locator("#password").FillAsync(TestUsers.Password);
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            popup.Close += (_, _) => closed.TrySetResult();
            await popup.Locator("#sign-in").ClickAsync();
            // Back through /connect/authorize to oauth2-redirect.html, which hands the code to Swagger UI and closes itself.
            await closed.Task.WaitAsync(TimeSpan.FromMilliseconds(ChromiumFixture.TimeoutMilliseconds), TestContext.Current.CancellationToken);

            await Expect(oauth).ToContainTextAsync("Authorized");
            await oauth.Locator("button.btn-done").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            var operation = await ExecuteAsync(page, "get", ProfilePath);

            await Expect(operation.Locator(".live-responses-table tr.response > td.response-col_status")).ToHaveTextAsync(StatusCode(200));
            await Expect(operation.Locator(".live-responses-table tr.response > td.response-col_description")).ToContainTextAsync(UserNameAdmin());
        });
    }

    [Fact]
    public async Task JobDashboard_OpensAfterTheSignInPage_ForTheHostAdmin_AndIsForbiddenToATenantAdmin()
    {
        var tenant = await web.CreateTenantAsync();
        await InBrowserAsync("hangfire-host-admin", async page =>
        {
            await page.GotoAsync("hangfire");
            await Expect(page).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Fhangfire$", RegexOptions.IgnoreCase));
            await page.Locator("#userName").FillAsync(IdentityConsts.AdminUserName);
            await page.Locator("#password").FillAsync(TestUsers.Password);
            await page.Locator("#sign-in").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/hangfire$"));
            await Expect(page).ToHaveTitleAsync(new Regex("FitSaaS background jobs"));
            await page.Locator("a[href$='/hangfire/recurring']").First.ClickAsync();
            await Expect(page.Locator("body")).ToContainTextAsync(TokenPruningJobName);
        });
        await InBrowserAsync("hangfire-tenant-admin", async page =>
        {
            await page.GotoAsync("account/login?ReturnUrl=%2Fhangfire");
            await page.Locator("#tenant").FillAsync(tenant.Name);
            await page.Locator("#userName").FillAsync(IdentityConsts.AdminUserName);
            await page.Locator("#password").FillAsync(TestUsers.Password);
            var response = await page.RunAndWaitForResponseAsync(() => page.Locator("#sign-in").ClickAsync(),
                r => r.Url.EndsWith("/hangfire", StringComparison.Ordinal));

            response.Status.ShouldBe(403);
            await Expect(page.Locator("body")).Not.ToContainTextAsync("FitSaaS background jobs");
        });
    }

    [Fact]
    public async Task TryItOut_WithoutAuthorizing_Shows401()
    {
        await InBrowserAsync("try-it-out-anonymous", async page =>
        {
            await OpenSwaggerUiAsync(page);
            await Expect(page.Locator(".auth-wrapper button.authorize")).Not.ToHaveClassAsync(new Regex(@"\blocked\b"));
            var operation = await ExecuteAsync(page, "get", ProfilePath);

            await Expect(operation.Locator(".live-responses-table tr.response > td.response-col_status")).ToHaveTextAsync(StatusCode(401));
            // The RFC 9457 problem details of the host, not the profile.
            var details = operation.Locator(".live-responses-table tr.response > td.response-col_description");
            await Expect(details).ToContainTextAsync($"\"code\": \"{AuthorizationException.UnauthenticatedCode}\"");
            await Expect(details).Not.ToContainTextAsync(UserNameAdmin());
        });
    }

    /// <summary>
    /// "VERB /path" → module of every operation that must be rendered: each operation of the live OpenAPI document, and each
    /// action of every application-service contract (so a module missing from the document fails too).
    /// </summary>
    private async Task<Dictionary<string, string>> ExpectedOperationsAsync()
    {
        using var client = web.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("swagger/v1/swagger.json", UriKind.Relative), TestContext.Current.CancellationToken));
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in HttpMethods.Where(m => path.Value.TryGetProperty(m, out _)))
            {
                expected[$"{method.ToUpperInvariant()} {path.Name}"] = $"(OpenAPI) {path.Name.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()}";
            }
        }

        var contracts = typeof(FitSaaSApplicationContractsModule).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && typeof(IApplicationService).IsAssignableFrom(t) && t.GetCustomAttribute<NoHttpApiAttribute>() is null)
            .ToList();
        contracts.ShouldNotBeEmpty();
        foreach (var contract in contracts)
        {
            foreach (var method in HttpApiConventions.GetActionMethods(contract))
            {
                var action = HttpApiConventions.GetAction(contract, method);
                expected[$"{action.HttpMethod} /{action.Template}"] = HttpApiConventions.GetModuleName(contract);
            }
        }

        var modules = contracts.Select(HttpApiConventions.GetModuleName).Distinct().ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"Expecting {expected.Count} operations; contract modules: {string.Join(", ", modules.Order(StringComparer.Ordinal))}");
        return expected;
    }

    private async Task<string> HostAdminAccessTokenAsync()
    {
        using var client = web.CreateClient();
        using var request = FitSaaSWebFixture.PasswordTokenRequest(null, IdentityConsts.AdminUserName, TestUsers.Password);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"token request answered {(int)response.StatusCode}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("access_token").GetString().ShouldNotBeNull();
    }

    private static async Task OpenSwaggerUiAsync(IPage page)
    {
        // /swagger redirects to the UI's index page, which loads the document from /swagger/v1/swagger.json.
        var response = await page.GotoAsync("swagger");
        response.ShouldNotBeNull().Ok.ShouldBeTrue();
        await Expect(page).ToHaveURLAsync(new Regex(@"/swagger/index\.html$"));
        await Expect(page.Locator(".swagger-ui .info .title")).ToContainTextAsync("FitSaaS API");
        await page.Locator(".opblock").First.WaitForAsync();
    }

    /// <summary>
    /// "VERB /path" of every operation Swagger UI shows while the page is scrolled from top to bottom, as a reader would. From 150
    /// tags and operations together, Swagger UI (5.33.3 in Swashbuckle 10.3.1, swagger-api/swagger-ui#11024) virtualizes the
    /// operations list: only the rows near the viewport are in the DOM, the rest is padding of the estimated height. So the page is
    /// scrolled half a viewport at a time, each step waiting until the rendered rows cover the visible part of the list, and the
    /// operations in the DOM are collected at every step. Below the threshold every operation is in the DOM and the first step
    /// finds all.
    /// </summary>
    private static async Task<HashSet<string>> ScrollThroughOperationsAsync(IPage page)
    {
        const string CoversViewport =
            """
            () => {
                const list = document.querySelector('.operations-virtual__list');
                if (!list) return true;
                const box = list.getBoundingClientRect();
                const top = Math.max(0, box.top), bottom = Math.min(window.innerHeight, box.bottom);
                if (bottom <= top) return true;
                const rows = Array.from(list.querySelectorAll(':scope > .operations-virtual__item'), row => row.getBoundingClientRect());
                return rows.length > 0 && Math.min(...rows.map(r => r.top)) <= top + 1 && Math.max(...rows.map(r => r.bottom)) >= bottom - 1;
            }
            """;
        const string RenderedOperations =
            """
            () => Array.from(document.querySelectorAll('.opblock'), block =>
                (block.querySelector('.opblock-summary-method')?.textContent ?? '').trim().toUpperCase() + ' ' +
                (block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? ''))
            """;

        var rendered = new HashSet<string>(StringComparer.Ordinal);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        while (true)
        {
            await page.WaitForFunctionAsync(CoversViewport);
            rendered.UnionWith(await page.EvaluateAsync<string[]>(RenderedOperations));
            // The document grows as rows replace their estimates with measured heights: stop only when a step no longer moves.
            var moved = await page.EvaluateAsync<bool>("() => { const before = window.scrollY; window.scrollBy(0, Math.floor(window.innerHeight / 2)); return window.scrollY !== before; }");
            if (!moved)
            {
                return rendered;
            }
        }
    }

    /// <summary>Enters the token in the Authorize dialog (HTTP bearer scheme) and closes it.</summary>
    private static async Task AuthorizeAsync(IPage page, string token)
    {
        await page.Locator(".auth-wrapper button.authorize").ClickAsync();
        var dialog = page.Locator(".dialog-ux .modal-ux");
        var bearer = dialog.Locator(".auth-container").Filter(new LocatorFilterOptions { HasText = "Bearer" });
        await bearer.Locator("input").First.FillAsync(token);
        await bearer.Locator(".auth-btn-wrapper button.authorize").ClickAsync();
        // Once applied, the dialog shows "Authorized" with a Logout button instead of the input.
        await Expect(bearer).ToContainTextAsync("Authorized");
        await bearer.Locator("button.btn-done").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".auth-wrapper button.authorize")).ToHaveClassAsync(new Regex(@"\blocked\b"));
    }

    /// <summary>
    /// Expands the operation, clicks "Try it out" then "Execute", and waits for the live response. The operation must be near
    /// the top of the page: further down, a virtualized list has it in the DOM only once scrolled to (see
    /// <see cref="ScrollThroughOperationsAsync"/>).
    /// </summary>
    private static async Task<ILocator> ExecuteAsync(IPage page, string method, string path)
    {
        var operation = page.Locator($".opblock.opblock-{method}")
            .Filter(new LocatorFilterOptions { Has = page.Locator($".opblock-summary-path[data-path=\"{path}\"]") });
        await Expect(operation).ToHaveCountAsync(1);
        await operation.Locator(".opblock-summary-path").ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await operation.Locator("button.execute").ClickAsync();
        await operation.Locator(".live-responses-table tr.response > td.response-col_status").WaitForAsync();
        await operation.ScrollIntoViewIfNeededAsync();
        return operation;
    }

    /// <summary>Runs <paramref name="body"/> in a fresh browser context; saves a screenshot, and on failure also the page HTML.</summary>
    private async Task InBrowserAsync(string name, Func<IPage, Task> body)
    {
        Assert.SkipWhen(chromium.Browser is null, ChromiumFixture.SkipReason);
        var serverAddress = web.ServerAddress.ShouldNotBeNull();
        var page = await chromium.NewPageAsync(serverAddress);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        try
        {
            await body(page);
            pageErrors.ShouldBeEmpty("uncaught script errors in the page");
            await SaveScreenshotAsync(page, name);
        }
        catch (Exception)
        {
            await SaveFailureAsync(page, name);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var path = ArtifactPath($"{name}.png");
        // The viewport, not the full page: the operations list is a virtual list thousands of pixels tall, and a
        // full-page capture of it outlasted Playwright's 30 s on a loaded CI machine (stop 29).
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Mask = SecretLocators(page), Timeout = 60_000 });
        // Failure artifacts of an earlier run would only mislead next to a passing one.
        File.Delete(ArtifactPath($"{name}-failure.png"));
        File.Delete(ArtifactPath($"{name}-failure.html"));
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    private async Task SaveFailureAsync(IPage page, string name)
    {
        try
        {
            var screenshot = ArtifactPath($"{name}-failure.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, Mask = SecretLocators(page), Timeout = 30_000 });
            var html = ArtifactPath($"{name}-failure.html");
            await File.WriteAllTextAsync(html, Redact(await page.ContentAsync()));
            TestContext.Current.TestOutputHelper?.WriteLine($"Failure screenshot: {screenshot}{Environment.NewLine}Failure page HTML: {html}");
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            // The original failure matters more than the artifacts; say why they are missing.
            TestContext.Current.TestOutputHelper?.WriteLine($"Could not save the failure artifacts: {exception.Message}");
        }
    }

    /// <summary>The curl snippet repeats the Authorization header: never in an artifact.</summary>
    private static ILocator[] SecretLocators(IPage page) => [page.Locator(".curl-command"), page.Locator(".request-snippets")];

    private string Redact(string html) => _secrets.Aggregate(html, (text, secret) => text.Replace(secret, "[redacted]", StringComparison.Ordinal));

    /// <summary><c>artifacts/test-results/swagger-ui/{lane}-{file}</c>, lane = sqlite or postgresql.</summary>
    private static string ArtifactPath(string file)
    {
        var directory = Path.Combine(HostBinaries.RepositoryRoot(), "artifacts", "test-results", "swagger-ui");
        Directory.CreateDirectory(directory);
        var lane = TestDatabase.IsPostgreSql ? "postgresql" : "sqlite";
        return Path.Combine(directory, $"{lane}-{file}");
    }

    /// <summary>The live status cell: the code, then "Undocumented" when the document does not list it.</summary>
    private static Regex StatusCode(int code) => new($@"^\s*{code}\b", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("\"userName\":\\s*\"admin\"")]
    private static partial Regex UserNameAdmin();
}
