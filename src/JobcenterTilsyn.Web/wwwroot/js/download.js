// Saves a file streamed from the server (DotNetStreamReference) through a temporary link.
export async function gemFil(filnavn, indholdstype, streamRef) {
    const buffer = await streamRef.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: indholdstype }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filnavn;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}
