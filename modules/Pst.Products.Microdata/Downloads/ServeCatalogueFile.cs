using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Pst.Core.Files;
using Pst.Core.Products;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Extraction;

namespace Pst.Products.Microdata.Downloads;

/// <summary>
/// <c>GET /katalog/{code}/unduh/{kind}</c>: the free downloads of a dataset, as Silastik offers them beside the
/// catalogue entry: the record layout (made from the data dictionary), the questionnaire and the public sample.
/// </summary>
public static class ServeCatalogueFile
{
    public static async Task<IResult> HandleAsync(string code, string kind, ICatalogueStore catalogue, DictionaryStore dictionaries, IFileStore files, HttpContext context)
    {
        if (await catalogue.FindAsync(code, context.RequestAborted) is not { ProductTypeId: MicrodataProductType.TypeId } item)
        {
            return Results.NotFound();
        }

        switch (kind)
        {
            case MicrodataAddresses.Layout:
                var dictionary = await dictionaries.LoadAsync(code, context.RequestAborted);
                var layout = new MemoryStream();
                DictionaryFile.Write(dictionary.Variables, layout);
                return File(context, new MemoryStream(layout.ToArray()), "text/csv; charset=utf-8", $"layout-{code}.csv");
            case MicrodataAddresses.Questionnaire or MicrodataAddresses.PublicSample:
                var attribute = kind == MicrodataAddresses.Questionnaire ? "questionnaire" : "publicSample";
                if (item.GetFileId(attribute) is not { } id || await files.OpenAsync(id, context.RequestAborted) is not { } content)
                {
                    return Results.NotFound();
                }

                return kind == MicrodataAddresses.Questionnaire
                    ? File(context, content, "application/pdf", $"kuesioner-{code}.pdf")
                    : File(context, content, "text/csv; charset=utf-8", $"contoh-data-publik-{code}.csv");
            default:
                return Results.NotFound();
        }
    }

    private static IResult File(HttpContext context, Stream content, string contentType, string name)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(content, contentType);
    }
}
