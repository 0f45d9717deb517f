/**
 * Interfaces users implement to extend diplotext: new dispatch formats, and the values they
 * exchange with the parser.
 */
package org.diplotext.spi;
