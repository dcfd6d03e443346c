using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace FitSaaS.OpenApiClientGenerator;

/// <summary>
/// Generates the C# client of <c>docs/openapi.json</c> with NSwag (a mainstream generator that knows nothing of the kit):
/// one <c>{Service}Client</c> per operation-id prefix (<c>Booking_Create</c> → <c>BookingClient.CreateAsync</c>),
/// System.Text.Json, relative URLs (the caller's <see cref="HttpClient.BaseAddress"/>), problems thrown as
/// <c>FitSaaSApiException&lt;ProblemDetails&gt;</c>. FitSaaS.HttpApi.Host.Tests compiles the output (its
/// <c>OpenApi/GeneratedClientTests</c> call the host with it).
/// </summary>
internal static class FitSaaSApiClientGenerator
{
    /// <summary>The generated code's namespace.</summary>
    public const string Namespace = "FitSaaS.HttpApi.Host.Tests.OpenApi.Generated";

    /// <summary>The generated C# file for the OpenAPI document <paramref name="openApiJson"/> (line ends <c>\n</c>).</summary>
    public static async Task<string> GenerateAsync(string openApiJson)
    {
        var document = await OpenApiDocument.FromJsonAsync(openApiJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "{controller}Client",
            OperationNameGenerator = new MultipleClientsFromOperationIdOperationNameGenerator(),
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            ExceptionClass = "FitSaaSApiException",
            CSharpGeneratorSettings =
            {
                Namespace = Namespace,
                JsonLibrary = CSharpJsonLibrary.SystemTextJson,
                TypeNameGenerator = new SchemaIdTypeNameGenerator(),
            },
        };
        return new CSharpClientGenerator(document, settings).GenerateFile().ReplaceLineEndings("\n");
    }
}
