/**
 * The JSON form of a parsed dispatch: {@link org.diplotext.json.DispatchJson} writes the
 * document of the diplotext contract (described by {@code docs/dispatch.schema.json}) and reads
 * it back into an equal {@link org.diplotext.model.Dispatch}.
 */
package org.diplotext.json;
