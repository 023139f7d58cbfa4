using System.Security.Cryptography;
using System.Text.Json;

namespace Pst.Core.Recipes;

/// <summary>
/// Applies recipes all-or-nothing. Every step is validated before anything is written; then all steps run in one
/// transaction and the run is recorded. An unknown step name is a fault, never a skip. The first recipe sets the
/// site up as written; a later one adds what the site lacks and keeps what it holds (an administrator's changes),
/// noting each value it kept, unless asked to overwrite.
/// </summary>
public sealed class RecipeEngine(IEnumerable<IRecipeStep> steps, IRecipeUnitOfWork unitOfWork, TimeProvider clock)
{
    private static readonly string[] HeadProperties = ["name", "displayName", "description", "version", "variables", "steps"];

    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> StepNames => _steps.Keys;

    public async Task<RecipeRun> ApplyFileAsync(string path, string? appliedBy, CancellationToken cancellationToken = default, RecipeOptions? options = null)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RecipeRejectedException([new RecipeError(Path.GetFileName(path), null, "$", "The file cannot be read: {0}", e.Message)]);
        }

        return await ApplyAsync(Path.GetFileName(path), content, appliedBy, cancellationToken, Path.GetDirectoryName(Path.GetFullPath(path)), options);
    }

    /// <param name="baseDirectory">Where files the recipe names (such as a publication's PDF) are looked for; without it a recipe may name none.</param>
    /// <param name="options">Overwrite the site's values, or only preview; by default the site's values are kept and noted.</param>
    public async Task<RecipeRun> ApplyAsync(string file, byte[] content, string? appliedBy, CancellationToken cancellationToken = default, string? baseDirectory = null, RecipeOptions? options = null)
    {
        options ??= new RecipeOptions();
        using var document = Parse(file, content);
        var root = document.RootElement;
        var errors = Validate(file, root, baseDirectory);
        if (errors.Count > 0)
        {
            throw new RecipeRejectedException(errors);
        }

        var notes = new List<RecipeNote>();
        var run = new RecipeRun(
            root.GetProperty("name").GetString()!,
            root.TryGetProperty("version", out var version) ? version.ToString() : "",
            Convert.ToHexStringLower(SHA256.HashData(content)),
            clock.GetUtcNow(),
            appliedBy) { Notes = notes };

        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            var siteSetUp = await unitOfWork.AnyRunAsync(cancellationToken);
            var index = 0;
            foreach (var step in root.GetProperty("steps").EnumerateArray())
            {
                index++;
                var handler = _steps[step.GetProperty("name").GetString()!];
                var execution = new RecipeExecution(file, index, appliedBy, baseDirectory) { Notes = notes, SiteSetUp = siteSetUp, Overwrite = options.Overwrite };
                await handler.ExecuteAsync(step, execution, cancellationToken);
            }

            if (!options.Preview)
            {
                await unitOfWork.CommitAsync(run, cancellationToken);
            }
        }

        return run;
    }

    /// <summary>All faults of the recipe, without writing anything.</summary>
    public IReadOnlyList<RecipeError> Validate(string file, byte[] content, string? baseDirectory = null)
    {
        try
        {
            using var document = Parse(file, content);
            return Validate(file, document.RootElement, baseDirectory);
        }
        catch (RecipeRejectedException e)
        {
            return e.Errors;
        }
    }

    private static JsonDocument Parse(string file, byte[] content)
    {
        try
        {
            // Editors on Windows often save with a UTF-8 byte-order mark; it is not part of the JSON.
            var json = content.AsMemory();
            if (json.Span.StartsWith("\uFEFF"u8))
            {
                json = json[3..];
            }

            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "$";
            throw new RecipeRejectedException([new RecipeError(file, null, where, "The file is not valid JSON.")]);
        }
    }

    private List<RecipeError> Validate(string file, JsonElement root, string? baseDirectory)
    {
        var errors = new List<RecipeError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RecipeError(file, null, "$", "A recipe must be a JSON object."));
            return errors;
        }

        var head = new RecipeStepValidation(file, 0, "$", errors);
        head.OnlyProperties(root, "$", HeadProperties);
        for (var i = 0; i < errors.Count; i++)
        {
            errors[i] = errors[i] with { Step = null };
        }

        if (!root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
        {
            errors.Add(new RecipeError(file, null, "$.name", "A recipe needs a name."));
        }

        if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new RecipeError(file, null, "$.steps", "A recipe needs an array of steps."));
            return errors;
        }

        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            index++;
            var path = $"$.steps[{index - 1}]";
            if (step.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new RecipeError(file, index, path, "A step must be a JSON object."));
                continue;
            }

            if (!step.TryGetProperty("name", out var stepName) || stepName.ValueKind != JsonValueKind.String)
            {
                errors.Add(new RecipeError(file, index, path + ".name", "A step needs a name."));
                continue;
            }

            if (!_steps.TryGetValue(stepName.GetString()!, out var handler))
            {
                errors.Add(new RecipeError(file, index, path + ".name", "Unknown step '{0}'. Known steps: {1}.",
                    stepName.GetString()!, string.Join(", ", _steps.Keys.Order(StringComparer.Ordinal))));
                continue;
            }

            handler.Validate(step, new RecipeStepValidation(file, index, path, errors) { BaseDirectory = baseDirectory });
        }

        return errors;
    }
}
