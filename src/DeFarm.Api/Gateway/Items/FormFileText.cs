using System.Text;

namespace DeFarm.Api.Gateway.Items;

internal static class FormFileText
{
    /// <summary>An uploaded file's text (UTF-8 unless a byte-order mark says otherwise), or <c>null</c> without a file.</summary>
    public static async Task<string?> ReadTextAsync(this IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
