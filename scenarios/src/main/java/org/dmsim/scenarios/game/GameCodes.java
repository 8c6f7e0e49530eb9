package org.dmsim.scenarios.game;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The two secrets of a game: its short code, read aloud and typed on phones (letters and digits that
 * cannot be mistaken for one another: no 0/O, 1/I/L), and a seat's token, which only its holder knows
 * (128 bits from {@link SecureRandom}, so that nobody takes another's seat by guessing). Neither is part
 * of any result.
 */
final class GameCodes {
  /** The characters of a game code. */
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  /** The length of a game code. */
  static final int CODE_LENGTH = 5;

  private GameCodes() {}

  /** A new game code drawn from {@code source}. */
  static String code(RandomGenerator source) {
    StringBuilder c = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      c.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
    }
    return c.toString();
  }

  /** A new seat token: 22 URL-safe characters. */
  static String token(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
