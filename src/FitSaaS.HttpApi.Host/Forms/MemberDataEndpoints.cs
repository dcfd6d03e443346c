using System.Globalization;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FitSaaS.Forms;

/// <summary>
/// The member CSV files over HTTP (ADR 0058), through <see cref="IMemberDataAppService"/> so its permission and feature rules
/// apply (anonymous 401, without the permission 403):
/// <list type="bullet">
/// <item><c>POST /api/forms/member-data/import?dryRun=&amp;skipInvalidRows=</c>: the CSV as the body (<c>text/csv</c>,
/// <c>application/csv</c> or <c>text/plain</c>) or as the one file of a <c>multipart/form-data</c> form; 200 with the
/// outcome. Refused with nothing imported: 415 <c>Forms:ImportUnsupportedContentType</c>, 413 <c>Forms:ImportTooLarge</c>
/// (over <see cref="MemberImportOptions.MaxBytes"/>: by Content-Length before reading, or while reading) and
/// <c>Forms:ImportTooManyRows</c>, 400 <c>Forms:ImportCsvMalformed</c> / <c>Forms:ImportHeaderInvalid</c> /
/// <c>Forms:ImportEmpty</c>, 422 <c>Forms:ImportHasInvalidRows</c> / <c>Features:QuotaExceeded</c>.</item>
/// <item><c>GET /api/forms/member-data/exports/{dataset}?memberId=</c>: <c>text/csv</c> as an attachment, streamed; 404
/// <c>Forms:ExportDatasetNotFound</c>.</item>
/// </list>
/// </summary>
internal static class MemberDataEndpoints
{
    /// <summary>The OpenAPI tag of the endpoints: the one of <see cref="IMemberDataAppService"/>'s operations.</summary>
    public const string OpenApiTag = "MemberDataAppService";

    /// <summary>The import's route.</summary>
    public const string ImportPath = "/api/forms/member-data/import";

    /// <summary>The import's operation id.</summary>
    public const string ImportOperationId = "MemberData_Import";

    /// <summary>The exports' route.</summary>
    public const string ExportPath = "/api/forms/member-data/exports/{dataset}";

    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain"];

    public static IEndpointRouteBuilder MapFormsMemberData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ImportPath, ImportAsync).DisableAntiforgery().WithTags(OpenApiTag)
            .WithName(ImportOperationId)
            .WithSummary("Imports members from CSV (email, first_name, last_name, phone, date_of_birth), or checks the file with dryRun=true.")
            // No Accepts(…): routing would refuse another content type with a bare 415; the body is documented by MemberImportRequestBodyFilter.
            .Produces<MemberImportResultDto>(StatusCodes.Status200OK)
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, FormsErrorCodes.ImportCsvMalformed, FormsErrorCodes.ImportHeaderInvalid, FormsErrorCodes.ImportEmpty)
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, AuthorizationException.UnauthenticatedCode)
            .ProducesProblemCodes(StatusCodes.Status403Forbidden, AuthorizationException.ForbiddenCode)
            .ProducesProblemCodes(StatusCodes.Status413PayloadTooLarge, FormsErrorCodes.ImportTooLarge, FormsErrorCodes.ImportTooManyRows)
            .ProducesProblemCodes(StatusCodes.Status415UnsupportedMediaType, FormsErrorCodes.ImportUnsupportedContentType)
            .ProducesProblemCodes(StatusCodes.Status422UnprocessableEntity, FormsErrorCodes.ImportHasInvalidRows, "Features:QuotaExceeded");
        endpoints.MapGet(ExportPath, ExportAsync).WithTags(OpenApiTag)
            .WithName("MemberData_Export")
            .WithSummary("One export of the gym's member data as CSV (members, memberships, bookings, payments); memberId for one member.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblemCodes(StatusCodes.Status401Unauthorized, AuthorizationException.UnauthenticatedCode)
            .ProducesProblemCodes(StatusCodes.Status403Forbidden, AuthorizationException.ForbiddenCode)
            .ProducesProblemCodes(StatusCodes.Status404NotFound, FormsErrorCodes.ExportDatasetNotFound);
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(
        HttpContext context, [FromServices] IMemberDataAppService memberData, [FromServices] IOptions<MemberImportOptions> options, bool? dryRun, bool? skipInvalidRows)
    {
        var maxBytes = options.Value.MaxBytes;
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            throw Unsupported(request.ContentType);
        }

        if (request.ContentLength > maxBytes && !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || request.ContentLength > maxBytes + (64 * 1024))
        {
            throw TooLarge(maxBytes);
        }

        // Kestrel's own limit (30 MB by default) would answer a larger chunked body without a code: this endpoint's is the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + (64 * 1024);
        }

        byte[] csv;
        try
        {
            if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var form = await request.ReadFormAsync(context.RequestAborted);
                if (form.Files.Count != 1)
                {
                    throw Unsupported(request.ContentType, "A multipart import carries exactly one file.");
                }

                await using var file = form.Files[0].OpenReadStream();
                csv = await BoundedRequestBody.ReadAsync(file, maxBytes, () => TooLarge(maxBytes), context.RequestAborted);
            }
            else if (CsvMediaTypes.Contains(mediaType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
            {
                csv = await BoundedRequestBody.ReadAsync(request.Body, maxBytes, () => TooLarge(maxBytes), context.RequestAborted);
            }
            else
            {
                throw Unsupported(request.ContentType);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes, ex);
        }
        catch (InvalidDataException ex)
        {
            // The form reader's own limits (e.g. a multipart section too long).
            throw TooLarge(maxBytes, ex);
        }

        var result = await memberData.ImportMembersAsync(csv, new MemberImportInput { DryRun = dryRun ?? false, SkipInvalidRows = skipInvalidRows ?? false });
        return Results.Ok(result);
    }

    private static async Task ExportAsync(HttpContext context, string dataset, Guid? memberId, [FromServices] IMemberDataAppService memberData, [FromServices] TimeProvider clock)
    {
        var response = context.Response;
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{dataset}-{clock.GetUtcNow():yyyyMMdd}.csv");
        // Only a successful answer is a CSV attachment: the headers are set when the first byte goes out with status 200,
        // so a refusal before that (401, 403, 404) stays a problem details document.
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.ContentType = "text/csv; charset=utf-8";
                response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
                response.Headers.CacheControl = "private, no-store";
            }

            return Task.CompletedTask;
        });
        await memberData.ExportAsync(dataset, memberId, response.Body, context.RequestAborted);
    }

    private static BusinessException TooLarge(long maxBytes, Exception? inner = null) =>
        new BusinessException(FormsErrorCodes.ImportTooLarge, $"An import file is at most {maxBytes} bytes: split it.", inner).WithData("maxBytes", maxBytes);

    private static BusinessException Unsupported(string? contentType, string? message = null) =>
        new BusinessException(FormsErrorCodes.ImportUnsupportedContentType, message ?? "Send the CSV as text/csv, or as the one file of a multipart/form-data form.")
            .WithData("contentType", contentType ?? string.Empty);
}
