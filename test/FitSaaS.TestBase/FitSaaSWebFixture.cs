using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FitSaaS.Testing;

/// <summary>
/// HTTP-test fixture: the real web host (<c>Program</c>) in memory over a fresh database, with helpers
/// that go through the public HTTP API (token endpoint, tenant management, registration).
/// </summary>
public class FitSaaSWebFixture : IAsyncLifetime
{
    /// <summary>The sub-domain pattern the test host resolves tenants with (<c>{0}.fitsaas.test</c>).</summary>
    public const string SubdomainPattern = "{0}.fitsaas.test";

    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    /// <summary>
    /// Waits for an e-mail to <paramref name="to"/> whose text contains <paramref name="containing"/> in the pickup directory
    /// (mail is delivered by a background job); returns the newest such text body.
    /// </summary>
    public Task<string> WaitForMailAsync(string to, string containing) => TestMailbox.WaitForPickupAsync(_database.MailDirectory, to, containing);

    /// <summary>The fixture's database (and the tenant databases it hands out on PostgreSQL).</summary>
    public TestDatabase Database => _database;

    /// <summary>The host's root service provider.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = CreateFactory(_database.Settings.Concat(ExtraSettings), UseKestrel, ConfigureWebHost, KestrelPort);
        ServerAddress = UseKestrel ? GetServerAddress(_factory) : null;
        using var client = _factory.CreateClient();
        (await client.GetAsync(new Uri(StartupProbePath, UriKind.Relative))).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The real host (<c>Program</c>, environment <c>Testing</c>) with <paramref name="settings"/> and the test sub-domain
    /// pattern (then <paramref name="configure"/>, if any); with <paramref name="useKestrel"/> it is started at once on Kestrel at a free
    /// 127.0.0.1 port (<see cref="GetServerAddress"/>; or at <paramref name="port"/> when not 0), otherwise on the in-memory test server
    /// when first used.
    /// </summary>
    public static WebApplicationFactory<Program> CreateFactory(
        IEnumerable<KeyValuePair<string, string?>> settings, bool useKestrel, Action<IWebHostBuilder>? configure = null, int port = 0)
    {
        var list = settings.ToList();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in list)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("MultiTenancy:SubdomainPattern", SubdomainPattern);
            configure?.Invoke(builder);
        });
        if (useKestrel)
        {
            // A real socket server on a free loopback port (for proxies, browsers and other processes).
            factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
            factory.StartServer();
        }

        return factory;
    }

    /// <summary>The base address (<c>http://127.0.0.1:{port}/</c>) of a factory started on Kestrel.</summary>
    public static Uri GetServerAddress(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var addresses = factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First() + "/");
    }

    /// <summary>True to serve over Kestrel on a free loopback port (<see cref="ServerAddress"/>) instead of the in-memory test server.</summary>
    protected virtual bool UseKestrel => false;

    /// <summary>
    /// The loopback port Kestrel listens on when <see cref="UseKestrel"/>; default 0 (a free one chosen at start). A fixture
    /// whose settings must name its own address (the token server's issuer) picks one first (<see cref="LoopbackPorts.Free"/>).
    /// </summary>
    protected virtual int KestrelPort => 0;

    /// <summary>The Kestrel base address (<c>http://127.0.0.1:{port}/</c>) when <see cref="UseKestrel"/>; otherwise null.</summary>
    public Uri? ServerAddress { get; private set; }

    /// <summary>The probe that must answer 200 once the host started; default <c>/health/ready</c> (a fixture with a dependency down uses <c>/health/live</c>).</summary>
    protected virtual string StartupProbePath => "/health/ready";

    /// <summary>Configures the test host further (e.g. <c>ConfigureTestServices</c>); override in a fixture for special tests.</summary>
    protected virtual void ConfigureWebHost(IWebHostBuilder builder)
    {
    }

    /// <summary>Settings added after the defaults (later wins); override in a fixture for special tests.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>An anonymous client.</summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>
    /// An anonymous client that behaves like a browser session for the sign-in page: it keeps cookies and does not follow
    /// redirects (the test reads each <c>Location</c>).
    /// </summary>
    public HttpClient CreateBrowserClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Requests tokens with the password grant; <paramref name="tenantName"/> null = host user.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string? tenantName, string userName, string password)
    {
        using var client = CreateClient();
        using var request = PasswordTokenRequest(tenantName, userName, password);
        return await client.SendAsync(request);
    }

    /// <summary>A <c>POST /connect/token</c> password-grant request of the first-party client; <paramref name="tenantName"/> null = host user.</summary>
    public static HttpRequestMessage PasswordTokenRequest(string? tenantName, string userName, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = IdentityConsts.DefaultClientId,
                ["username"] = userName,
                ["password"] = password,
            }),
        };
        if (tenantName is not null)
        {
            request.Headers.Add("__tenant", tenantName);
        }

        return request;
    }

    /// <summary>Signs in and returns a client sending the access token (and no <c>__tenant</c> header).</summary>
    public async Task<HttpClient> LoginAsync(string? tenantName, string userName, string password = TestUsers.Password)
    {
        using var response = await RequestTokenAsync(tenantName, userName, password);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login of {userName}@{tenantName ?? "host"} failed: {(int)response.StatusCode} {body}");
        }

        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in as the seeded host admin.</summary>
    public Task<HttpClient> CreateHostAdminClientAsync() => LoginAsync(null, IdentityConsts.AdminUserName);

    /// <summary>
    /// Creates a tenant over HTTP as the host admin (admin user <c>admin</c>, password <see cref="TestUsers.Password"/>),
    /// on an edition (null = the configured default, <c>Pro</c> in tests), in its own database when
    /// <paramref name="connectionString"/> is given (PostgreSQL lane, see <see cref="TestDatabase.NewTenantDatabaseConnectionString"/>).
    /// </summary>
    public async Task<TestTenant> CreateTenantAsync(string? name = null, string? editionName = null, string? connectionString = null)
    {
        name ??= $"gym-{Guid.NewGuid():N}"[..20];
        using var host = await CreateHostAdminClientAsync();
        using var response = await host.PostAsJsonAsync("/api/tenant-management/tenants",
            new { name, adminEmail = $"admin@{name}.test", adminPassword = TestUsers.Password, editionName, connectionString }, TestJson.Options);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating tenant {name} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var tenant = (await response.Content.ReadFromJsonAsync<TenantDto>(TestJson.Options))!;
        using var admin = await LoginAsync(name, IdentityConsts.AdminUserName);
        var profile = (await admin.GetFromJsonAsync<ProfileDto>("/api/account/my-profile", TestJson.Options))!;
        return new TestTenant(tenant.Id, tenant.Name, profile.Id);
    }

    /// <summary>Registers a member over HTTP and signs them in.</summary>
    public async Task<(Guid UserId, HttpClient Client)> RegisterMemberAsync(string tenantName, string userName)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName, email = $"{userName}@example.test", password = TestUsers.Password }, options: TestJson.Options),
        };
        request.Headers.Add("__tenant", tenantName);
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var profile = (await response.Content.ReadFromJsonAsync<ProfileDto>(TestJson.Options))!;
        return (profile.Id, await LoginAsync(tenantName, userName));
    }

    /// <summary>Creates a user with roles directly through the domain (no user-management API yet).</summary>
    public async Task<Guid> CreateUserAsync(string tenantName, string userName, params string[] roles)
    {
        var tenant = await Services.GetRequiredService<ITenantStore>().FindAsync(tenantName)
            ?? throw new InvalidOperationException($"No tenant {tenantName}.");
        using var _ = Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id, tenant.Name);
        await using var scope = Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var user = await scope.ServiceProvider.GetRequiredService<IdentityUserManager>()
            .CreateAsync(userName, $"{userName}@example.test", TestUsers.Password, roles);
        await unitOfWork.CompleteAsync();
        return user.Id;
    }
}
