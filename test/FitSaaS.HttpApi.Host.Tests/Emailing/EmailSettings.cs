using System.Net.Http.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary>Sets the <c>Emailing.*</c> settings through the SettingManagement API, as a host admin or a gym's admin would.</summary>
public static class EmailSettings
{
    /// <summary>Sets global values (host admin); a null value removes one.</summary>
    public static async Task SetGlobalAsync(FitSaaSWebFixture fixture, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        using var host = await fixture.CreateHostAdminClientAsync();
        await PutAsync(host, "global", values);
    }

    /// <summary>Sets a gym's own values (its admin); a null value removes one.</summary>
    public static async Task SetForTenantAsync(FitSaaSWebFixture fixture, string tenantName, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        using var admin = await fixture.LoginAsync(tenantName, "admin");
        await PutAsync(admin, "tenant", values);
    }

    private static async Task PutAsync(HttpClient client, string level, IReadOnlyDictionary<string, string?> values)
    {
        using var response = await client.PutAsJsonAsync($"/api/setting-management/settings/{level}",
            new { settings = values.Select(v => new { name = v.Key, value = v.Value }).ToArray() });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setting {level} e-mail settings failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
