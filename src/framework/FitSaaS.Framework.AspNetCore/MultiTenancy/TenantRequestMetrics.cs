using System.Diagnostics;
using System.Diagnostics.Metrics;
using FitSaaS.Framework.Diagnostics;

namespace FitSaaS.Framework.AspNetCore.MultiTenancy;

/// <summary>
/// <c>fitsaas.http.requests</c> (counter, unit <c>{request}</c>) on the <see cref="FitSaaSMeter.Name"/> meter: every request
/// that passed tenant resolution, counted when its response is done, tagged with the tenant
/// (<see cref="FitSaaSMeter.TenantIdTag"/>, <see cref="FitSaaSMeter.TenantNameTag"/>; none for the host) and
/// <c>http.response.status_code</c>.
/// </summary>
public sealed class TenantRequestMetrics
{
    /// <summary>The counter's name.</summary>
    public const string RequestsName = "fitsaas.http.requests";

    private readonly Counter<long> _requests;

    /// <summary>Creates the counter on the meter of <paramref name="meterFactory"/>.</summary>
    public TenantRequestMetrics(IMeterFactory meterFactory)
    {
        var meter = FitSaaSMeter.Create(meterFactory);
        _requests = meter.CreateCounter<long>(RequestsName, "{request}", "HTTP requests served, per tenant.");
    }

    /// <summary>Counts one request of <paramref name="tenantId"/> (null = host) answered with <paramref name="statusCode"/>.</summary>
    public void RequestServed(Guid? tenantId, string? tenantName, int statusCode)
    {
        if (!_requests.Enabled)
        {
            return;
        }

        var tags = new TagList { { "http.response.status_code", statusCode } };
        if (tenantId is { } id)
        {
            tags.Add(FitSaaSMeter.TenantIdTag, id.ToString());
            tags.Add(FitSaaSMeter.TenantNameTag, tenantName);
        }

        _requests.Add(1, tags);
    }
}
