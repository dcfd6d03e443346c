using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Forms;

/// <summary>
/// Documents the member import's request body: the CSV as <c>text/csv</c>, or as the file of a <c>multipart/form-data</c> form.
/// The endpoint declares no accepted content types to routing on purpose: routing would answer another type with a bare 415
/// before the endpoint could give its code.
/// </summary>
internal sealed class MemberImportRequestBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId != MemberDataEndpoints.ImportOperationId)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "A member CSV (RFC 4180, UTF-8): header email,first_name,last_name,phone,date_of_birth (email required).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                        Required = new HashSet<string> { "file" },
                    },
                },
            },
        };
    }
}
