using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace FitSaaS.Forms;

/// <summary>
/// The export's download: <c>GET /api/forms/data-requests/{id}/archive</c> serves a completed export's zip
/// (<c>application/zip</c>, an attachment) for a signed-in user. The archive is read through
/// <see cref="IDataSubjectRequestAppService.GetArchiveContentAsync"/>, so its permission, feature and visibility rules apply:
/// anonymous is 401, without <c>Forms.DataRequests</c> 403, another member's request (without the manage permission) or
/// another gym's 404 <c>FitSaaS:EntityNotFound</c>, a request without an archive 404 <c>Forms:DataRequestArchiveNotAvailable</c>.
/// </summary>
internal static class DataSubjectRequestArchiveEndpoints
{
    /// <summary>The OpenAPI tag of the endpoint: the one of <see cref="IDataSubjectRequestAppService"/>'s operations.</summary>
    public const string OpenApiTag = "DataSubjectRequestAppService";

    /// <summary>The route.</summary>
    public const string Path = "/api/forms/data-requests/{id}/archive";

    public static IEndpointRouteBuilder MapFormsDataRequestArchive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetArchiveAsync).WithTags(OpenApiTag)
            .WithName("DataSubjectRequest_GetArchive")
            .WithSummary("A completed export's archive as a zip download (one JSON document per area and a manifest).")
            .Produces<byte[]>(StatusCodes.Status200OK, DataSubjectRequestConsts.ArchiveContentType)
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, AuthorizationException.UnauthenticatedCode)
            .ProducesProblemCodes(StatusCodes.Status403Forbidden, AuthorizationException.ForbiddenCode)
            .ProducesProblemCodes(StatusCodes.Status404NotFound, EntityNotFoundException.ErrorCode, FormsErrorCodes.DataRequestArchiveNotAvailable);
        return endpoints;
    }

    private static async Task<IResult> GetArchiveAsync(Guid id, [FromServices] IDataSubjectRequestAppService requests, HttpContext context)
    {
        var archive = await requests.GetArchiveContentAsync(id);
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(archive.Content, archive.ContentType, archive.FileName);
    }
}
