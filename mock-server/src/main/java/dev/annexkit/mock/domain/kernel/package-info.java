/**
 * Building blocks every area uses and none owns: id sources ({@code IdGenerator}, {@code Ids}), the test clock
 * ({@code ManualClock}), paging ({@code Page}, {@code PageRequest}), per-item batch results and the program lock
 * as the areas see it ({@code CallGuard}). Depends on no domain package but {@code error}.
 */
package dev.annexkit.mock.domain.kernel;
