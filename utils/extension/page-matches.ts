/**
 * The pages Parallax reads: the gate content script's match patterns, and the only host access the
 * manifest asks for (the background needs it to inject the story script where the gate passed).
 */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
