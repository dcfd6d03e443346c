using System.Net.Http.Json;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.SettingManagement;

namespace FitSaaS.HttpApi.Host.Tests.SettingManagement;

/// <summary>SettingManagement's probe data in B: a sender address and an SMTP password (a secret setting).</summary>
public sealed class SettingManagementIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/setting-management/";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var marker = context.Marker;
        using (var settings = await context.VictimAdmin.PutAsJsonAsync("/api/setting-management/settings/tenant", new
        {
            settings = new[]
            {
                new { name = EmailingSettingNames.DefaultFromAddress, value = $"desk@{marker}.test" },
                new { name = EmailingSettingNames.SmtpPassword, value = $"smtp-{marker}-pw" },
            },
        }, cancellationToken))
        {
            settings.EnsureSuccessStatusCode();
        }

        context.Targets.AddSecret($"desk@{marker}.test", "B's sender address setting");
        context.Targets.AddSecret($"smtp-{marker}-pw", "B's SMTP password setting");
    }
}
