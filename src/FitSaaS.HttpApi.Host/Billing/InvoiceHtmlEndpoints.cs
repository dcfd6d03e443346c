using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Mvc;

namespace FitSaaS.Billing;

/// <summary>
/// The printable invoice: <c>GET /api/billing/invoices/{id}/html</c> serves an invoice as a self-contained HTML page
/// (<see cref="InvoiceHtmlRenderer"/>) for a signed-in user. The invoice is read through <see cref="IInvoiceAppService.GetAsync"/>,
/// so its permission and visibility rules apply: anonymous is 401, a user without <c>Billing.Invoices</c> 403, another
/// member's invoice (without <c>Billing.Invoices.Manage</c>) or another gym's 404 <c>FitSaaS:EntityNotFound</c>.
/// </summary>
internal static class InvoiceHtmlEndpoints
{
    /// <summary>The OpenAPI tag of the endpoint: the one of <see cref="IInvoiceAppService"/>'s operations (and its description).</summary>
    public const string OpenApiTag = "InvoiceAppService";

    /// <summary>The route.</summary>
    public const string Path = "/api/billing/invoices/{id}/html";

    public static IEndpointRouteBuilder MapBillingInvoiceHtml(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetHtmlAsync).WithTags(OpenApiTag)
            .WithName("Invoice_GetHtml")
            .WithSummary("An invoice as a printable, self-contained HTML page (the member's own, or any for staff with Billing.Invoices.Manage).")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, AuthorizationException.UnauthenticatedCode)
            .ProducesProblemCodes(StatusCodes.Status403Forbidden, AuthorizationException.ForbiddenCode)
            .ProducesProblemCodes(StatusCodes.Status404NotFound, EntityNotFoundException.ErrorCode);
        return endpoints;
    }

    private static async Task<IResult> GetHtmlAsync(
        Guid id, [FromServices] IInvoiceAppService invoices, [FromServices] BillingCalendar calendar, [FromServices] ICurrentTenant tenant, HttpContext context)
    {
        var invoice = await invoices.GetAsync(id);
        var zone = await calendar.GetTimeZoneIdAsync();
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(InvoiceHtmlRenderer.Render(invoice, tenant.Name, zone), "text/html; charset=utf-8");
    }
}
