using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// Documents each operation's problem responses (<c>application/problem+json</c> with the <see cref="ProblemDetailsSchema"/>
/// schema), each with the error codes it can carry in the <see cref="CodesExtension"/> extension and its description.
/// For an application-service operation they follow from the contract and the pipeline: 401 unless anonymous, 403 with
/// <c>[Authorize]</c> requirements or <c>[RequiresFeature]</c>, 400 when it takes input, 404 when its route has a parameter,
/// 409 (concurrency) for writes, and the codes its XML docs name in <c>&lt;exception&gt;</c> entries, each under the status
/// the modules map it to in <see cref="ExceptionHttpStatusOptions"/> (unmapped business codes: 422). So a status is stated
/// once, in the module's map, and the docs name codes only. Other endpoints declare theirs with
/// <see cref="ProblemResponseEndpointExtensions.ProducesProblemCodes{TBuilder}"/>.
/// </summary>
internal sealed class ProblemResponsesOperationFilter(
    ContractXmlDocs docs,
    IOptions<ExceptionHttpStatusOptions> statusOptions) : IOperationFilter
{
    /// <summary>The component schema of every problem response.</summary>
    public const string ProblemDetailsSchema = "ProblemDetails";

    /// <summary>The response extension listing the possible <c>code</c> values, ordinal order.</summary>
    public const string CodesExtension = "x-problem-codes";

    /// <summary>The problem media type (RFC 9457).</summary>
    public const string ProblemMediaType = "application/problem+json";

    // FitSaaSDbContextBase.ConcurrencyConflictCode (the EF layer, which this project does not reference): any write may meet it.
    private const string ConcurrencyConflictCode = "FitSaaS:ConcurrencyConflict";

    private readonly ApplicationServiceMethodCache _methods = new();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var problems = new SortedDictionary<int, SortedSet<string>>();
        foreach (var metadata in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ProblemResponseMetadata>())
        {
            Add(problems, metadata.StatusCode, metadata.Codes.ToArray());
        }

        if (ContractXmlDocs.FindContractMethod(context.ApiDescription) is var (contract, method))
        {
            AddContractProblems(problems, contract, method);
        }

        foreach (var key in operation.Responses?.Keys ?? Enumerable.Empty<string>())
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 400)
            {
                Add(problems, status);
            }
        }

        if (problems.Count == 0)
        {
            return;
        }

        context.SchemaRepository.Schemas.TryAdd(ProblemDetailsSchema, CreateProblemDetailsSchema());
        operation.Responses ??= [];
        foreach (var (status, codes) in problems)
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = Describe(status, codes),
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [ProblemMediaType] = new() { Schema = new OpenApiSchemaReference(ProblemDetailsSchema, context.Document) },
                },
                Extensions = codes.Count == 0 ? null : new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal)
                {
                    [CodesExtension] = new JsonNodeExtension(new JsonArray(codes.Select(c => (JsonNode)JsonValue.Create(c)).ToArray())),
                },
            };
        }
    }

    private void AddContractProblems(SortedDictionary<int, SortedSet<string>> problems, Type contract, MethodInfo method)
    {
        var action = HttpApiConventions.GetAction(contract, method);
        if (docs.FindImplementation(contract) is { } implementation)
        {
            var described = _methods.Get(method, implementation);
            if (!described.AllowsAnonymous)
            {
                Add(problems, 401, AuthorizationException.UnauthenticatedCode);
                if (described.AuthorizeData.Any(a => a.Policy is not null || a.Roles is not null))
                {
                    Add(problems, 403, AuthorizationException.ForbiddenCode);
                }
            }

            if (described.ClassAttributes.OfType<RequiresFeatureAttribute>().Concat(described.Attributes.OfType<RequiresFeatureAttribute>()).Any())
            {
                Add(problems, 403, FeatureErrorCodes.NotEnabled);
            }
        }

        if (action.Parameters.Any(p => p.Source != HttpApiBindingSource.Special))
        {
            Add(problems, 400, FitSaaSValidationException.ErrorCode);
        }

        if (action.Parameters.Any(p => p.Source == HttpApiBindingSource.Route))
        {
            Add(problems, 404, EntityNotFoundException.ErrorCode);
        }

        if (action.HttpMethod != "GET")
        {
            Add(problems, 409, ConcurrencyConflictCode);
        }

        if (docs.FindMethod(method) is not { } member)
        {
            return;
        }

        foreach (var (cref, _, codes) in docs.GetExceptions(member))
        {
            switch (cref)
            {
                case "T:" + "FitSaaS.Framework.Exceptions." + nameof(EntityNotFoundException):
                    Add(problems, 404, EntityNotFoundException.ErrorCode);
                    break;
                case "T:" + "FitSaaS.Framework.Exceptions." + nameof(FitSaaSValidationException):
                    Add(problems, 400, FitSaaSValidationException.ErrorCode);
                    break;
                case "T:" + "FitSaaS.Framework.Exceptions." + nameof(AuthorizationException):
                    Add(problems, 403, AuthorizationException.ForbiddenCode);
                    break;
            }

            foreach (var code in codes)
            {
                Add(problems, StatusOf(code), code);
            }
        }
    }

    /// <summary>The status a code is answered with: the modules' map, else 422 (a business rule).</summary>
    private int StatusOf(string code) => code switch
    {
        EntityNotFoundException.ErrorCode => 404,
        FitSaaSValidationException.ErrorCode => 400,
        AuthorizationException.UnauthenticatedCode => 401,
        AuthorizationException.ForbiddenCode => 403,
        _ => statusOptions.Value.CodeStatuses.TryGetValue(code, out var status) ? status : 422,
    };

    private string Describe(int status, SortedSet<string> codes)
    {
        var text = new StringBuilder(ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error");
        text.Append('.');
        foreach (var code in codes)
        {
            text.Append("\n- `").Append(code).Append('`');
            if (docs.DeclaredCodes.TryGetValue(code, out var summary) && summary is not null)
            {
                text.Append(": ").Append(summary);
            }
        }

        return text.ToString();
    }

    private static void Add(SortedDictionary<int, SortedSet<string>> problems, int status, params string[] codes)
    {
        if (!problems.TryGetValue(status, out var set))
        {
            problems[status] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(codes);
    }

    /// <summary>RFC 9457 problem details with the kit's extensions (<c>code</c>, <c>traceId</c>, <c>errors</c>, <c>data</c>, <c>permission</c>).</summary>
    private static OpenApiSchema CreateProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. `code` is stable and names the error (the response lists the possible ones); `traceId` " +
            "correlates with the server's logs and traces.",
        Required = new HashSet<string>(StringComparer.Ordinal) { "code" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = String("A URI reference identifying the problem type."),
            ["title"] = String("A short summary of the problem type."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status." },
            ["detail"] = String("What happened in this occurrence."),
            ["instance"] = String("A URI reference identifying this occurrence."),
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The stable error code, `Module:Reason` (e.g. `Bookings:AlreadyBooked`)." },
            ["traceId"] = String("The request's trace id (W3C trace context)."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Validation problems only: camelCase field path → messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["data"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Business problems only: structured details of the code (e.g. `feature`, `limit`, `current`).",
                AdditionalProperties = new OpenApiSchema(),
            },
            ["permission"] = String("403 only: the permission that was missing, when that was the reason."),
        },
        AdditionalPropertiesAllowed = true,
    };

    private static OpenApiSchema String(string description) =>
        new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };
}
